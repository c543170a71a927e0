import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { sessionsKey } from '@/api/reference/listSessions';

/**
 * POST /api/sessions/{id}/reported: the Party Office registers the report (its number and date) signed by
 * <signerId> (the ward's default when null) and records that it went to the Party Committee (once).
 */
export const markSessionReported = ({ id, signerId }: { id: number; signerId: number | null }) =>
  unwrap(api.POST('/api/sessions/{id}/reported', { params: { path: { id }, query: signerId === null ? {} : { signerId } } }));

export function useMarkSessionReported() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: markSessionReported, onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsKey }) });
}
