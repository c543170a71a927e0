import type { ReplyDetail } from '@/api/types';
import { AttachmentList, FilePicker } from '@/components/Attachments';
import { CommandError } from '@/components/CommandError';
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
  return (
    <section className="panel" aria-labelledby="reply-files">
      <h2 id="reply-files">{t('files.scan')}</h2>
      <QueryView query={files}>{(items) => <AttachmentList items={items} label={t('files.scan')} />}</QueryView>
      {user.role === 'Dispatcher' && (
        <FilePicker
          label={t('files.addScan')}
          camera={false}
          disabled={attach.isPending}
          onPick={(picked) => picked.forEach((file) => attach.mutate({ replyId: reply.id, file }))}
        />
      )}
      {attach.isPending && <p role="status">{t('files.uploading')}</p>}
      <CommandError error={attach.error} />
    </section>
  );
}
