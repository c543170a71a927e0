import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { sessionsKey } from '@/api/reference/listSessions';

/** Runs one change to a session (or, given the categories' key, to a category); afterwards that list is read again. */
export function useSessionCommand<TInput, TResult>(run: (input: TInput) => Promise<TResult>, invalidates: QueryKey = sessionsKey) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invalidates }),
  });
}
