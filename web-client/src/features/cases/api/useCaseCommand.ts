import { useMutation, useQueryClient } from '@tanstack/react-query';
import { casesKey } from '@/api/cases/listCases';
import { petitionsKey } from '@/api/petitions/getPetition';
import type { CaseChange } from '@/api/types';

/**
 * Runs one case command; afterwards every case (lists and the case itself) and every petition are read again.
 * `done` runs first: a step that takes the case out of the user's sight leaves its page before it is read again.
 */
export function useCaseCommand<TInput>(run: (input: TInput) => Promise<CaseChange>, done?: (change: CaseChange) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: async (change) => {
      done?.(change);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: casesKey }),
        queryClient.invalidateQueries({ queryKey: petitionsKey }),
      ]);
    },
  });
}
