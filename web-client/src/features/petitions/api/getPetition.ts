import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';

/** GET /api/petitions/{id}: the petition with its cases. */
export const getPetition = (id: number) => unwrap(api.GET('/api/petitions/{id}', { params: { path: { id } } }));

export const usePetition = (id: number) =>
  useQuery({ queryKey: ['petitions', id], queryFn: () => getPetition(id), enabled: Number.isFinite(id) });
