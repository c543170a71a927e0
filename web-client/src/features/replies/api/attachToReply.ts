import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { replyAttachmentsKey } from './listReplyAttachments';

/** POST /api/replies/{id}/attachments: the signed, stamped scan (PDF or photo) of a reply that is out. */
export const attachToReply = ({ replyId, file }: { replyId: number; file: File }) =>
  unwrap(
    api.POST('/api/replies/{id}/attachments', {
      params: { path: { id: replyId } },
      body: { file: '', kind: null },
      bodySerializer: () => {
        const form = new FormData();
        form.append('file', file, file.name);
        return form;
      },
    }),
  );

export function useAttachToReply() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: attachToReply,
    onSuccess: (_, { replyId }) => client.invalidateQueries({ queryKey: replyAttachmentsKey(replyId) }),
  });
}
