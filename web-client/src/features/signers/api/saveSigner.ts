import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { Schemas } from '@/api/client';
import { signersKey } from '@/api/reference/listSigners';

export type SignerInput = Schemas['SaveSignerCommand'];

/** POST /api/signers (a new signer) or PUT /api/signers/{id} (a change, or disabling them). */
export const saveSigner = ({ id, ...body }: SignerInput & { id?: number }) =>
  id === undefined
    ? unwrap(api.POST('/api/signers', { body }))
    : unwrap(api.PUT('/api/signers/{id}', { params: { path: { id } }, body }));

export function useSaveSigner() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveSigner, onSuccess: () => queryClient.invalidateQueries({ queryKey: signersKey }) });
}
