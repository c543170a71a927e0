import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';

export const replyKey = (id: number) => ['replies', id] as const;

/** GET /api/replies/{id}: the reply and the cases it covers. */
export const getReply = (id: number) => unwrap(api.GET('/api/replies/{id}', { params: { path: { id } } }));

export const replyOptions = (id: number) =>
  queryOptions({ queryKey: replyKey(id), queryFn: () => getReply(id), enabled: Number.isFinite(id) });

export const useReply = (id: number) => useQuery(replyOptions(id));
