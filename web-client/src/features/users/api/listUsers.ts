import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';

export const usersKey = ['users'] as const;

/** GET /api/users: the admin's ward's users (every ward for a city-level admin), by username. */
export const listUsers = () => unwrap(api.GET('/api/users'));

export const usersOptions = () => queryOptions({ queryKey: usersKey, queryFn: listUsers });

export const useUsers = () => useQuery(usersOptions());
