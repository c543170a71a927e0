import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';

/** POST /api/replies/{id}/issue: numbers the letter; its cases become Replied. */
export const issueReply = (id: number) => unwrap(api.POST('/api/replies/{id}/issue', { params: { path: { id } } }));

export function useIssueReply() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: issueReply,
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
