import { api, unwrap } from '@/api/client';
import type { UpdateUserCommand } from '@/api/types';

/** PUT /api/users/{id}: name, role, department, organisation; the user's open sessions end. */
export const updateUser = (id: number, body: UpdateUserCommand) =>
  unwrap(api.PUT('/api/users/{id}', { params: { path: { id } }, body }));
