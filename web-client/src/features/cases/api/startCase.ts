import { api, unwrap } from '@/api/client';

/** POST /api/cases/{id}/start: Assigned → InProgress. */
export const startCase = (id: number, etag: string) =>
  unwrap(api.POST('/api/cases/{id}/start', { params: { path: { id }, header: { 'If-Match': etag } } }));
