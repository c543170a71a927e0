import { api, setAntiforgery, unwrap } from '@/api/client';

export type Credentials = { username: string; password: string };

/** POST /api/auth/login: sets the session cookie; keeps the antiforgery token for the changes to come. */
export async function login(credentials: Credentials) {
  const answer = await unwrap(api.POST('/api/auth/login', { body: credentials }));
  setAntiforgery(answer.antiforgery);
  return answer.user;
}
