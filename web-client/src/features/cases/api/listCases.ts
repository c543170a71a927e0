import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { CaseSummary } from '@/api/types';
import type { paths } from '@/api/schema';

export type CaseFilters = NonNullable<paths['/api/cases']['get']['parameters']['query']>;

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
export function useCasePages(filters: CaseFilters) {
  const query = clean(filters);
  return useInfiniteQuery({
    queryKey: ['cases', 'pages', query],
    queryFn: ({ pageParam }) => listCases({ ...query, limit: query.limit ?? 50, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useAllCases(filters: CaseFilters) {
  const query = clean(filters);
  return useQuery({ queryKey: ['cases', 'all', query], queryFn: () => listAllCases(query) });
}
