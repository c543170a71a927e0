import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';

export const escalationsKey = ['escalations'] as const;

/** GET /api/escalations: open cases section 5 wants reported, each with its reasons. */
export const listEscalations = () => unwrap(api.GET('/api/escalations'));

export const escalationsOptions = () => queryOptions({ queryKey: escalationsKey, queryFn: listEscalations });

export const useEscalations = () => useQuery(escalationsOptions());
