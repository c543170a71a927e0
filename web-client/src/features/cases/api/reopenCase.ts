import { api, unwrap } from '@/api/client';

/**
 * POST /api/cases/{id}/reopen: Replied → InProgress, the petitioner is not satisfied. The leader gives no date: the
 * API sets the new due date by its rule.
 */
export const reopenCase = (id: number, etag: string, reason: string) =>
  unwrap(api.POST('/api/cases/{id}/reopen', { params: { path: { id }, header: { 'If-Match': etag } }, body: { reason, dueDate: null } }));
