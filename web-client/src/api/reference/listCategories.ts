import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';

export const categoriesKey = ['categories'] as const;

/** GET /api/categories: each with its Vietnamese and English name and default department. */
export const listCategories = () => unwrap(api.GET('/api/categories'));

export const categoriesOptions = () => queryOptions({ queryKey: categoriesKey, queryFn: listCategories, staleTime: 5 * 60_000 });

export const useCategories = () => useQuery(categoriesOptions());
