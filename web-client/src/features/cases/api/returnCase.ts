import { api, unwrap } from '@/api/client';

/** POST /api/cases/{id}/return: Assigned → Received, back to the dispatcher with a reason. */
export const returnCase = (id: number, etag: string, reason: string) =>
  unwrap(api.POST('/api/cases/{id}/return', { params: { path: { id }, header: { 'If-Match': etag } }, body: { reason } }));
