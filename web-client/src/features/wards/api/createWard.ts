import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { CreateWardCommand } from '@/api/types';
import { wardsKey } from './listWards';

/** POST /api/wards: a ward with its departments (city-level administrators); 409 when the code is taken. */
export const createWard = (body: CreateWardCommand) => unwrap(api.POST('/api/wards', { body }));

export function useCreateWard() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createWard, onSuccess: () => queryClient.invalidateQueries({ queryKey: wardsKey }) });
}
