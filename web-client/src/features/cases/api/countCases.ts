import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { casesKey } from '@/api/cases/listCases';
import type { paths } from '@/api/schema';

export type CountFilters = NonNullable<paths['/api/cases/counts']['get']['parameters']['query']>;

/** Under the cases' key, so every case command (routing included) has them counted again. */
export const caseCountsKey = (filters: CountFilters) => [...casesKey, 'counts', filters] as const;

/** GET /api/cases/counts: how many cases the filters find, by category, suggested department and organisation. */
export const countCases = (query: CountFilters) => unwrap(api.GET('/api/cases/counts', { params: { query } }));

const clean = (filters: CountFilters) =>
  Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== '')) as CountFilters;

export function caseCountsOptions(filters: CountFilters) {
  const query = clean(filters);
  return queryOptions({ queryKey: caseCountsKey(query), queryFn: () => countCases(query) });
}

export const useCaseCounts = (filters: CountFilters) => useQuery(caseCountsOptions(filters));
