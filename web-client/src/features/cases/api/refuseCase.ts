import { api, unwrap } from '@/api/client';

/** POST /api/cases/{id}/refuse: not the ward's to handle, declined with a reason the group leader is told. */
export const refuseCase = (id: number, etag: string, reason: string) =>
  unwrap(api.POST('/api/cases/{id}/refuse', { params: { path: { id }, header: { 'If-Match': etag } }, body: { reason } }));
