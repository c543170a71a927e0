import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { casesKey } from '@/api/cases/listCases';
import { petitionsKey } from '@/api/petitions/getPetition';
import type { Schemas } from '@/api/client';

export type RouteCasesCommand = Schemas['RouteCasesCommand'];

/** POST /api/cases/route: several Received cases → Assigned at once, all or nothing. */
export const routeCases = (body: RouteCasesCommand) => unwrap(api.POST('/api/cases/route', { body }));

/** Routes the selection; afterwards every case list, count and petition is read again. */
export function useRouteCases() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: routeCases,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: casesKey }),
        queryClient.invalidateQueries({ queryKey: petitionsKey }),
      ]),
  });
}
