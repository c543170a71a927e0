import { useMutation, useQueryClient } from '@tanstack/react-query';
import { casesKey } from '@/api/cases/listCases';
import { api, unwrap } from '@/api/client';
import type { SubmitPetitionCommand } from '@/api/types';

/** POST /api/petitions; the idempotency key makes a double click or a retry submit once. */
export const submitPetition = (command: SubmitPetitionCommand, idempotencyKey: string) =>
  unwrap(api.POST('/api/petitions', { body: command, params: { header: { 'Idempotency-Key': idempotencyKey } } }));

export function useSubmitPetition() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ command, idempotencyKey }: { command: SubmitPetitionCommand; idempotencyKey: string }) =>
      submitPetition(command, idempotencyKey),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: casesKey }),
  });
}
