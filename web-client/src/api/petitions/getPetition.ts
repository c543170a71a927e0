import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';

/** Every petition read starts with it: a change to a case invalidates them all. */
export const petitionsKey = ['petitions'] as const;
export const petitionKey = (id: number) => [...petitionsKey, id] as const;

/** GET /api/petitions/{id}: the petition with its cases. */
export const getPetition = (id: number) => unwrap(api.GET('/api/petitions/{id}', { params: { path: { id } } }));

export const petitionOptions = (id: number) =>
  queryOptions({ queryKey: petitionKey(id), queryFn: () => getPetition(id), enabled: Number.isFinite(id) });

export const usePetition = (id: number) => useQuery(petitionOptions(id));
