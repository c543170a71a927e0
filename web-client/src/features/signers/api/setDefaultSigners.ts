import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { Schemas } from '@/api/client';
import { signersKey } from '@/api/reference/listSigners';

/** PUT /api/signers/defaults: who signs the ward's replies and its reports unless a letter chooses another. */
export const setDefaultSigners = (body: Schemas['SetDefaultSignersCommand']) => unwrap(api.PUT('/api/signers/defaults', { body }));

export function useSetDefaultSigners() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: setDefaultSigners, onSuccess: () => queryClient.invalidateQueries({ queryKey: signersKey }) });
}
