import { api, unwrap } from '@/api/client';
import type { AssignCommand } from '@/api/types';

/** POST /api/cases/{id}/assign: Received → Assigned, with the six clears. */
export const assignCase = (id: number, etag: string, body: AssignCommand) =>
  unwrap(api.POST('/api/cases/{id}/assign', { params: { path: { id }, header: { 'If-Match': etag } }, body }));
