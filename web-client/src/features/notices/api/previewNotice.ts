import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';

/** The notice as the user gives it: its Word file, or its appendix pasted as text. */
export type NoticeSource = { file: File } | { text: string };

/**
 * POST /api/notices/preview: reads the notice into an editable preview and keeps it (nothing else is written).
 * A file goes as multipart/form-data (field file); FormData is sent as it is, so the browser writes its boundary.
 */
export const previewNotice = (source: NoticeSource) =>
  'file' in source
    ? unwrap(
        api.POST('/api/notices/preview', {
          body: { text: '' },
          bodySerializer: () => {
            const form = new FormData();
            form.append('file', source.file, source.file.name);
            return form;
          },
        }),
      )
    : unwrap(api.POST('/api/notices/preview', { body: { text: source.text } }));

export const usePreviewNotice = () => useMutation({ mutationFn: previewNotice });
