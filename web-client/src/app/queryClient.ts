import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '@/api/client';
import { meKey } from '@/api/auth/getMe';
import { markSessionExpired } from '@/lib/auth';

/** Server state lives here. A 401 anywhere means the session ended: back to sign-in. */
export function createQueryClient() {
  const client: QueryClient = new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        refetchOnWindowFocus: true,
        retry: (count, error) => !(error instanceof ApiError && error.status > 0 && error.status < 500) && count < 2,
      },
      mutations: { retry: false },
    },
    queryCache: new QueryCache({ onError: (error, query) => signedOut(error, query.queryKey) }),
    mutationCache: new MutationCache({ onError: (error) => signedOut(error) }),
  });
  function signedOut(error: unknown, key?: readonly unknown[]) {
    if (error instanceof ApiError && error.status === 401 && key?.[0] !== meKey[0]) {
      if (client.getQueryData(meKey)) markSessionExpired();
      client.setQueryData(meKey, null);
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
    }
  }
  return client;
}
