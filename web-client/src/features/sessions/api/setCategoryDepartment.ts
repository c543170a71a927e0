import { api, unwrap } from '@/api/client';
import type { Category } from '@/api/types';

/** PUT /api/categories/{code}/default-department: where a new case of the category is suggested to go, in the admin's ward. */
export const setCategoryDepartment = (code: Category, departmentId: number) =>
  unwrap(api.PUT('/api/categories/{code}/default-department', { params: { path: { code } }, body: { departmentId } }));
