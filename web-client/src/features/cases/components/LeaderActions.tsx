import { useRef, useState } from 'react';
import { Link } from 'react-router';
import type { CaseDetail } from '@/api/types';
import { CommandError } from '@/components/CommandError';
import { Confirmation } from '@/components/Confirmation';
import { useReturnFocus } from '@/components/useReturnFocus';
import { useI18n } from '@/i18n/I18n';
import { closeCase } from '../api/closeCase';
import { reopenCase } from '../api/reopenCase';
import { useCaseCommand } from '../api/useCaseCommand';
import { TextCommandForm } from './TextCommandForm';

type Props = { detail: CaseDetail; etag: string; reload: () => void; issuedReplyId?: number };

/** After a written reply the group leader accepts it (close) or asks for a review (reopen). */
export function LeaderActions({ detail, etag, reload, issuedReplyId }: Props) {
  const { t } = useI18n();
  const close = useCaseCommand(() => closeCase(detail.id, etag));
  // Closing cannot be undone (a closed case is never reopened), so it is asked once more.
  const [confirming, setConfirming] = useState(false);
  const closeButton = useRef<HTMLButtonElement>(null);
  useReturnFocus(confirming, () => closeButton.current);
  const mayClose = detail.status === 'Replied' || (detail.status === 'Referred' && issuedReplyId !== undefined);
  const mayReopen = detail.status === 'Replied';
  if (!mayClose && !mayReopen) {
    return (
      <>
        <p>{t('case.noActions')}</p>
        {issuedReplyId && (
          <p>
            <Link to={`/replies/${issuedReplyId}`}>{t('case.readReply')}</Link>
          </p>
        )}
      </>
    );
  }
  return (
    <div className="stack">
      <p>{t('leader.confirmHint')}</p>
      {issuedReplyId && (
        <p>
          <Link className="button button--secondary" to={`/replies/${issuedReplyId}`}>
            {t('case.readReply')}
          </Link>
        </p>
      )}
      {mayClose && (
        <div>
          <CommandError error={close.error} onReload={() => {
            close.reset();
            reload();
          }} />
          {confirming ? (
            <Confirmation
              confirmLabel={t('close.confirm')}
              pending={close.isPending}
              onConfirm={() => close.mutate(undefined, { onSettled: () => setConfirming(false) })}
              onCancel={() => setConfirming(false)}
            >
              {t('close.question')}
            </Confirmation>
          ) : (
            <button ref={closeButton} type="button" className="button button--primary" onClick={() => setConfirming(true)}>
              {t('close.submit')}
            </button>
          )}
        </div>
      )}
      {mayReopen && (
        <TextCommandForm
          title={t('reopen.title')}
          label={t('reopen.reason')}
          field="reason"
          submitLabel={t('reopen.submit')}
          emptyCode="case.reopen.reason.required"
          run={(reason) => reopenCase(detail.id, etag, reason)}
          reload={reload}
        />
      )}
    </div>
  );
}
