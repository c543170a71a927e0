import { useMutation, useQueryClient } from '@tanstack/react-query';
import { casesKey } from '@/api/cases/listCases';
import { api, unwrap } from '@/api/client';
import { sessionsKey } from '@/api/reference/listSessions';
import type { ConfirmNoticeCommand } from '@/api/types';

/**
 * POST /api/notices/confirm: the corrected preview becomes its session (or goes into an existing one) and all its
 * petitions and cases, in one transaction. The same notice again creates nothing (created: false).
 */
export const confirmNotice = (command: ConfirmNoticeCommand) => unwrap(api.POST('/api/notices/confirm', { body: command }));

export function useConfirmNotice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmNotice,
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: casesKey }), queryClient.invalidateQueries({ queryKey: sessionsKey })]),
  });
}
