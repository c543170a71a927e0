import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';

/** GET /api/departments */
export const listDepartments = () => unwrap(api.GET('/api/departments'));

export const useDepartments = () => useQuery({ queryKey: ['departments'], queryFn: listDepartments, staleTime: 5 * 60_000 });
