import { api, unwrap } from '@/api/client';
import type { CreateUserCommand } from '@/api/types';

/** POST /api/users: a new account with its role and, as the role needs, its department or organisation. */
export const createUser = (body: CreateUserCommand) => unwrap(api.POST('/api/users', { body }));
