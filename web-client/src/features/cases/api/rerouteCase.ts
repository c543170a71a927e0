import { api, unwrap } from '@/api/client';
import type { AssignCommand } from '@/api/types';

/** POST /api/cases/{id}/reroute: Assigned or InProgress → Assigned at another department, with a reason. */
export const rerouteCase = (id: number, etag: string, reason: string, assignment: AssignCommand) =>
  unwrap(api.POST('/api/cases/{id}/reroute', { params: { path: { id }, header: { 'If-Match': etag } }, body: { reason, assignment } }));
