import { api, unwrap } from '@/api/client';

/** POST /api/cases/{id}/resolve: InProgress → Resolved, with what was done. */
export const resolveCase = (id: number, etag: string, result: string) =>
  unwrap(api.POST('/api/cases/{id}/resolve', { params: { path: { id }, header: { 'If-Match': etag } }, body: { result } }));
