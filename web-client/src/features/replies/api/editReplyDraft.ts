import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { replyKey } from './getReply';

/** PUT /api/replies/{id}: a draft's new subject and opening text; an issued reply is not changed (409). */
export const editReplyDraft = ({ id, subject, body }: { id: number; subject: string; body: string }) =>
  unwrap(api.PUT('/api/replies/{id}', { params: { path: { id } }, body: { subject, body } }));

export function useEditReplyDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: editReplyDraft,
    onSuccess: (_, { id }) => queryClient.invalidateQueries({ queryKey: replyKey(id) }),
  });
}
