import { useQueryClient } from '@tanstack/react-query';
import { meKey } from '@/api/auth/getMe';
import type { Me } from '@/api/types';

/** The signed-in user; only inside the app's <RequireSignIn>, which reads them first. */
export function useUser(): Me {
  const queryClient = useQueryClient();
  const me = queryClient.getQueryData<Me | null>(meKey);
  if (!me) throw new Error('useUser outside RequireSignIn');
  return me;
}

const expiredKey = 'petitions.expired';

/** The session ended under the user (idle timeout, password reset): the sign-in page says so once. */
export function markSessionExpired() {
  try {
    sessionStorage.setItem(expiredKey, '1');
  } catch {
    /* storage unavailable: the sign-in page simply does not explain */
  }
}

export function takeSessionExpired(): boolean {
  try {
    const expired = sessionStorage.getItem(expiredKey) === '1';
    sessionStorage.removeItem(expiredKey);
    return expired;
  } catch {
    return false;
  }
}
