import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/api/client';
import type { paths } from '@/api/schema';

export type ActivityFilters = Omit<NonNullable<paths['/api/activity']['get']['parameters']['query']>, 'format' | 'cursor' | 'limit'>;

export const activityKey = ['activity'] as const;

const clean = (filters: ActivityFilters) =>
  Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== '')) as ActivityFilters;

export type ActivityPage = Schemas['ListActivityPage'];

// The operation also answers an Excel workbook, so its generated 200 is a union; without ?format it is JSON.
/** GET /api/activity: one page of the ward's activity log, newest first. */
export const listActivity = async (query: ActivityFilters & { cursor?: string; limit?: number }) =>
  (await unwrap(api.GET('/api/activity', { params: { query } }))) as ActivityPage;

/** The log with "show more" (cursor paging). */
export function activityPagesOptions(filters: ActivityFilters) {
  const query = clean(filters);
  return infiniteQueryOptions({
    queryKey: [...activityKey, query] as const,
    queryFn: ({ pageParam }) => listActivity({ ...query, limit: 50, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export const useActivityPages = (filters: ActivityFilters) => useInfiniteQuery(activityPagesOptions(filters));
