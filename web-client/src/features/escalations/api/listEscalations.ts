import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';

/** GET /api/escalations: open cases section 5 wants reported, each with its reasons. */
export const listEscalations = () => unwrap(api.GET('/api/escalations'));

export const useEscalations = () => useQuery({ queryKey: ['escalations'], queryFn: listEscalations });
