import { useState } from 'react';
import type { ReplyDetail } from '@/api/types';
import { AttachmentList, FilePicker, UploadFailures, type UploadFailure } from '@/components/Attachments';
import { QueryView } from '@/components/States';
import { useI18n } from '@/i18n/I18n';
import { useUser } from '@/lib/auth';
import { useAttachToReply } from '../api/attachToReply';
import { useReplyAttachments } from '../api/listReplyAttachments';

/** The signed, stamped copy of a reply that is out: the dispatcher attaches it, everyone who reads the reply opens it. */
export function ReplyFiles({ reply }: { reply: ReplyDetail }) {
  const { t } = useI18n();
  const user = useUser();
  const files = useReplyAttachments(reply.id);
  const attach = useAttachToReply();
  const [failures, setFailures] = useState<UploadFailure[]>([]);
  // One file at a time; each refused one is named with its reason.
  const upload = async (picked: File[]) => {
    const failed: UploadFailure[] = [];
    for (const file of picked) {
      try {
        await attach.mutateAsync({ replyId: reply.id, file });
      } catch (error) {
        failed.push({ name: file.name, error });
      }
    }
    setFailures(failed);
  };
  return (
    <section className="panel" aria-labelledby="reply-files">
      <h2 id="reply-files">{t('files.scan')}</h2>
      <QueryView query={files}>{(items) => <AttachmentList items={items} label={t('files.scan')} />}</QueryView>
      {user.role === 'Dispatcher' && (
        <FilePicker
          label={t('files.addScan')}
          camera={false}
          disabled={attach.isPending}
          onPick={(picked) => void upload(picked)}
        />
      )}
      {attach.isPending && <p role="status">{t('files.uploading')}</p>}
      <UploadFailures failures={failures} />
    </section>
  );
}
