import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { AttachmentKind } from '@/api/types';
import { caseAttachmentsKey } from './listCaseAttachments';

/** POST /api/cases/{id}/attachments: one photo or PDF as multipart/form-data (fields file and kind). */
export const attachToCase = ({ caseId, file, kind }: { caseId: number; file: File; kind: AttachmentKind }) =>
  unwrap(
    api.POST('/api/cases/{id}/attachments', {
      params: { path: { id: caseId } },
      body: { file: '', kind },
      bodySerializer: () => {
        const form = new FormData();
        form.append('kind', kind);
        form.append('file', file, file.name);
        return form;
      },
    }),
  );

export function useAttachToCase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: attachToCase,
    onSuccess: (_, { caseId }) => client.invalidateQueries({ queryKey: caseAttachmentsKey(caseId) }),
  });
}
