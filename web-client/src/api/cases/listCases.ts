import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { CaseSummary } from '@/api/types';
import type { paths } from '@/api/schema';

export type CaseFilters = NonNullable<paths['/api/cases']['get']['parameters']['query']>;

/** Every case read starts with it (these lists, and one case in features/cases/api/getCase.ts). */
export const casesKey = ['cases'] as const;
export const casePagesKey = (filters: CaseFilters) => [...casesKey, 'pages', filters] as const;
export const allCasesKey = (filters: CaseFilters) => [...casesKey, 'all', filters] as const;

/** GET /api/cases: one page (the API scopes it to what the caller may see). */
export const listCases = (query: CaseFilters) => unwrap(api.GET('/api/cases', { params: { query } }));

/** Every page, for overviews (a ward has hundreds of cases a year, not millions). */
export async function listAllCases(query: CaseFilters): Promise<CaseSummary[]> {
  const all: CaseSummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await listCases({ ...query, limit: 200, cursor });
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

const clean = (filters: CaseFilters) =>
  Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== '')) as CaseFilters;

/** A list with "show more" (cursor paging). */
export function casePagesOptions(filters: CaseFilters) {
  const query = clean(filters);
  return infiniteQueryOptions({
    queryKey: casePagesKey(query),
    queryFn: ({ pageParam }) => listCases({ ...query, limit: query.limit ?? 50, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function allCasesOptions(filters: CaseFilters) {
  const query = clean(filters);
  return queryOptions({ queryKey: allCasesKey(query), queryFn: () => listAllCases(query) });
}

export const useCasePages = (filters: CaseFilters) => useInfiniteQuery(casePagesOptions(filters));

export const useAllCases = (filters: CaseFilters) => useQuery(allCasesOptions(filters));
