import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';

/** GET /api/sessions: newest first. */
export const listSessions = () => unwrap(api.GET('/api/sessions'));

export const useSessions = () => useQuery({ queryKey: ['sessions'], queryFn: listSessions, staleTime: 60_000 });
