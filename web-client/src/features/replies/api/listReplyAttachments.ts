import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { replyKey } from './getReply';

export const replyAttachmentsKey = (replyId: number) => [...replyKey(replyId), 'attachments'] as const;

/** GET /api/replies/{id}/attachments: the reply's signed scan, without its bytes. */
export const listReplyAttachments = (replyId: number) =>
  unwrap(api.GET('/api/replies/{id}/attachments', { params: { path: { id: replyId } } }));

export const replyAttachmentsOptions = (replyId: number) =>
  queryOptions({ queryKey: replyAttachmentsKey(replyId), queryFn: () => listReplyAttachments(replyId) });

export const useReplyAttachments = (replyId: number) => useQuery(replyAttachmentsOptions(replyId));
