import { useRef, useState } from 'react';
import { Link } from 'react-router';
import type { CaseDetail } from '@/api/types';
import { useReturnFocus } from '@/components/useReturnFocus';
import { useI18n } from '@/i18n/I18n';
import { closeCase } from '../api/closeCase';
import { reopenCase } from '../api/reopenCase';
import { AcceptReplyForm } from './AcceptReplyForm';
import { TextCommandForm } from './TextCommandForm';

type Props = { detail: CaseDetail; etag: string; reload: () => void; issuedReplyId?: number };

/** After a written reply the group leader accepts it (close) or asks for a review (reopen). */
export function LeaderActions({ detail, etag, reload, issuedReplyId }: Props) {
  const { t } = useI18n();
  // Closing cannot be undone (a closed case is never reopened), so it is asked once more, with the rating.
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
          {confirming ? (
            <AcceptReplyForm
              run={(acceptance) => closeCase(detail.id, etag, acceptance)}
              onCancel={() => setConfirming(false)}
              reload={reload}
            />
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
