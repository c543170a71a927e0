import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';

export const signersKey = ['signers'] as const;

/** GET /api/signers: the ward's signing officials and its default signers of replies and reports. */
export const listSigners = () => unwrap(api.GET('/api/signers'));

export const signersOptions = () => queryOptions({ queryKey: signersKey, queryFn: listSigners, staleTime: 60_000 });

export const useSigners = () => useQuery(signersOptions());
