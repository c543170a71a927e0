import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { sessionsKey } from '@/api/reference/listSessions';

/** POST /api/sessions/{id}/reported: the Party Office records that the report went to the Party Committee (once). */
export const markSessionReported = (id: number) => unwrap(api.POST('/api/sessions/{id}/reported', { params: { path: { id } } }));

export function useMarkSessionReported() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: markSessionReported, onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsKey }) });
}
