import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';

export const sessionsKey = ['sessions'] as const;

/** GET /api/sessions: newest first. */
export const listSessions = () => unwrap(api.GET('/api/sessions'));

export const sessionsOptions = () => queryOptions({ queryKey: sessionsKey, queryFn: listSessions, staleTime: 60_000 });

export const useSessions = () => useQuery(sessionsOptions());
