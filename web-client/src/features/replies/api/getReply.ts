import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';

/** GET /api/replies/{id}: the reply and the cases it covers. */
export const getReply = (id: number) => unwrap(api.GET('/api/replies/{id}', { params: { path: { id } } }));

export const useReply = (id: number) =>
  useQuery({ queryKey: ['replies', id], queryFn: () => getReply(id), enabled: Number.isFinite(id) });
