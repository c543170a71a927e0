import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';

export const wardsKey = ['wards'] as const;

/** GET /api/wards: every ward with its departments for a city-level administrator; their own for a ward's. */
export const listWards = () => unwrap(api.GET('/api/wards'));

export const useWards = () => useQuery({ queryKey: wardsKey, queryFn: listWards });
