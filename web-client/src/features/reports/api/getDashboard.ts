import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { casesKey } from '@/api/cases/listCases';

/** Under the cases' key, so that a case command reads the figures again. */
export const dashboardKey = (sessionId: number | null) => [...casesKey, 'dashboard', sessionId] as const;

/** GET /api/dashboard: the figures of the cases the caller may see, of one session or all, counted by the server. */
export const getDashboard = (sessionId: number | null) =>
  unwrap(api.GET('/api/dashboard', { params: { query: sessionId === null ? {} : { sessionId } } }));

export const dashboardOptions = (sessionId: number | null) => queryOptions({ queryKey: dashboardKey(sessionId), queryFn: () => getDashboard(sessionId) });

export const useDashboard = (sessionId: number | null) => useQuery(dashboardOptions(sessionId));
