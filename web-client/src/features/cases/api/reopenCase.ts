import { api, unwrap } from '@/api/client';

/** POST /api/cases/{id}/reopen: Replied → InProgress, the petitioner is not satisfied. */
export const reopenCase = (id: number, etag: string, reason: string) =>
  unwrap(api.POST('/api/cases/{id}/reopen', { params: { path: { id }, header: { 'If-Match': etag } }, body: { reason } }));
