import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';

/** GET /api/categories: each with its Vietnamese and English name and default department. */
export const listCategories = () => unwrap(api.GET('/api/categories'));

export const useCategories = () => useQuery({ queryKey: ['categories'], queryFn: listCategories, staleTime: 5 * 60_000 });
