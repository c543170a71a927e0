import { useMutation, useQueryClient } from '@tanstack/react-query';
import { usersKey } from './listUsers';

/** Runs one change to a user; afterwards the list is read again. */
export function useUserCommand<TInput, TResult>(run: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}
