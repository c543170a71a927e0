import { api, setAntiforgery, unwrap } from '@/api/client';

/** POST /api/auth/logout: ends the cookie session. */
export async function logout() {
  try {
    await unwrap(api.POST('/api/auth/logout'));
  } finally {
    setAntiforgery(null);
  }
}
