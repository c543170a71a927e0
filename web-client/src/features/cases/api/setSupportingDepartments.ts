import { api, unwrap } from '@/api/client';

/** POST /api/cases/{id}/supporting: the departments that support the lead one (they see the case and add notes). */
export const setSupportingDepartments = (id: number, etag: string, departmentIds: number[]) =>
  unwrap(api.POST('/api/cases/{id}/supporting', { params: { path: { id }, header: { 'If-Match': etag } }, body: { departmentIds } }));
