import { api, setAntiforgery, unwrap } from '@/api/client';

/** GET /api/auth/antiforgery: a fresh token for a session that was already open (a reloaded page). */
export async function refreshAntiforgery() {
  const token = await unwrap(api.GET('/api/auth/antiforgery'));
  setAntiforgery(token);
  return token;
}
