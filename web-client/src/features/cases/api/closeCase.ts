import { api, unwrap } from '@/api/client';

/** POST /api/cases/{id}/close: the petitioner accepts the reply. */
export const closeCase = (id: number, etag: string) =>
  unwrap(api.POST('/api/cases/{id}/close', { params: { path: { id }, header: { 'If-Match': etag } } }));
