import { api, unwrap } from '@/api/client';

/** POST /api/users/{id}/reset-password: a new password; lifts a lockout and ends the user's sessions. */
export const resetPassword = (id: number, password: string) =>
  unwrap(api.POST('/api/users/{id}/reset-password', { params: { path: { id } }, body: { password } }));
