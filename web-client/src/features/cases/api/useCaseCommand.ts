import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CaseChange } from '@/api/types';

/** Runs one case command; afterwards every list and the petition are read again. */
export function useCaseCommand<TInput>(run: (input: TInput) => Promise<CaseChange>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['cases'] }),
        queryClient.invalidateQueries({ queryKey: ['petitions'] }),
      ]);
    },
  });
}
