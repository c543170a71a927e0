import { api, unwrap } from '@/api/client';
import type { CreateSessionCommand } from '@/api/types';

/** POST /api/sessions: a new meeting or intake round of the admin's ward; 409 when its code is taken in the ward. */
export const createSession = (body: CreateSessionCommand) => unwrap(api.POST('/api/sessions', { body }));
