import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { Schemas } from '@/api/client';
import { replyKey } from './getReply';

type Wording = Schemas['EditReplyDraftCommand'];

/** PUT /api/replies/{id}: the draft's words of the letter, replaced whole; once submitted it is not changed (409). */
export const editReplyDraft = ({ id, ...wording }: Wording & { id: number }) =>
  unwrap(api.PUT('/api/replies/{id}', { params: { path: { id } }, body: wording }));

export function useEditReplyDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: editReplyDraft,
    onSuccess: (_, { id }) => queryClient.invalidateQueries({ queryKey: replyKey(id) }),
  });
}
