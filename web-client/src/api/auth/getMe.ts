import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, api, unwrap } from '@/api/client';
import type { Me } from '@/api/types';
import { refreshAntiforgery } from './getAntiforgery';

export const meKey = ['me'] as const;

/** GET /api/auth/me: who is signed in, or null when nobody is (401). */
export async function getMe(): Promise<Me | null> {
  try {
    const me = await unwrap(api.GET('/api/auth/me'));
    await refreshAntiforgery();
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/** Read once per page load; signing in and out set it, a 401 anywhere clears it. */
export const meOptions = () => queryOptions({ queryKey: meKey, queryFn: getMe, staleTime: Infinity, retry: false });

export const useMe = () => useQuery(meOptions());
