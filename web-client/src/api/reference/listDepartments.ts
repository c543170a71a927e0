import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';

export const departmentsKey = ['departments'] as const;

/** GET /api/departments */
export const listDepartments = () => unwrap(api.GET('/api/departments'));

export const departmentsOptions = () => queryOptions({ queryKey: departmentsKey, queryFn: listDepartments, staleTime: 5 * 60_000 });

export const useDepartments = () => useQuery(departmentsOptions());
