import { useRef, useState } from 'react';
import type { SessionSummary } from '@/api/types';
import { CommandError } from '@/components/CommandError';
import { Confirmation } from '@/components/Confirmation';
import { CreatePanel } from '@/components/CreatePanel';
import { PageTitle } from '@/components/PageTitle';
import { Empty, QueryView } from '@/components/States';
import { useReturnFocus } from '@/components/useReturnFocus';
import { formatDate } from '@/i18n/format';
import { useI18n } from '@/i18n/I18n';
import { useDeadlineWords } from '@/hooks/useDeadlineWords';
import { useSessions } from '@/api/reference/listSessions';
import { setSessionClosed } from '../api/setSessionClosed';
import { useSessionCommand } from '../api/useSessionCommand';
import { CategoryRouting } from './CategoryRouting';
import { SessionForm } from './SessionForm';

/** For the Admin: the ward's sessions; open a new one, close its intake or open it again; each category's default department. */
export default function SessionsPage() {
  const { t } = useI18n();
  const sessions = useSessions();
  const [done, setDone] = useState('');

  return (
    <section>
      <PageTitle sub={t('sessions.intro')}>{t('sessions.title')}</PageTitle>
      <p role="status" className={done ? 'notice notice--success' : undefined}>
        {done}
      </p>
      <CreatePanel label={t('sessions.add')} onOpen={() => setDone('')}>
        {(close) => (
          <SessionForm
            onDone={(code) => {
              close();
              setDone(t('sessions.created', { code }));
            }}
            onCancel={close}
          />
        )}
      </CreatePanel>
      <section aria-labelledby="sessions-list">
        <h2 id="sessions-list">{t('sessions.listTitle')}</h2>
        <QueryView query={sessions}>
          {(items) =>
            items.length === 0 ? (
              <Empty>{t('sessions.empty')}</Empty>
            ) : (
              <>
                <p className="muted">{t('sessions.count', { count: items.length })}</p>
                <ul className="case-list">
                  {items.map((s) => (
                    <SessionCard key={s.id} session={s} onDone={setDone} />
                  ))}
                </ul>
              </>
            )
          }
        </QueryView>
      </section>
      <CategoryRouting />
    </section>
  );
}

function SessionCard({ session, onDone }: { session: SessionSummary; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const deadlineWords = useDeadlineWords();
  const [confirming, setConfirming] = useState(false);
  const actions = useRef<HTMLDivElement>(null);
  useReturnFocus(confirming, () => actions.current?.querySelector('button') ?? null);
  const toggle = useSessionCommand((closed: boolean) => setSessionClosed(session.id, closed));
  const { code } = session;

  return (
    <li className={`case-card user-card${session.isClosed ? ' user-card--disabled' : ''}`} aria-labelledby={`session-${session.id}`}>
      <div className="case-card__head">
        <h3 className="user-card__name" id={`session-${session.id}`}>
          {code}
        </h3>
        <span className={`badge ${session.takesPetitions ? 'badge--active' : 'badge--disabled'}`}>
          {session.isClosed ? t('sessions.closed') : session.takesPetitions ? t('sessions.open') : t('sessions.deadlinePassed')}
        </span>
      </div>
      <p className="case-card__text">{session.title}</p>
      <dl className="case-card__meta">
        <div>
          <dt>{t('sessions.heldOn')}</dt>
          <dd>{formatDate(session.heldOn)}</dd>
        </div>
        <div>
          <dt>{t('sessions.replyDeadline')}</dt>
          <dd>{deadlineWords({ dueDate: session.replyDeadline, lastWorkingDay: session.lastWorkingDay }, true)}</dd>
        </div>
        <div>
          <dt>{t('sessions.counts')}</dt>
          <dd>
            {t('sessions.countsValue', { petitions: session.petitionCount, cases: session.caseCount, replied: session.repliedCount })}
          </dd>
        </div>
      </dl>

      {confirming && (
        <Confirmation
          confirmLabel={t('sessions.closeYes')}
          pending={toggle.isPending}
          onCancel={() => setConfirming(false)}
          onConfirm={() =>
            toggle.mutate(true, {
              onSuccess: () => {
                setConfirming(false);
                onDone(t('sessions.closedDone', { code }));
              },
            })
          }
        >
          {t('sessions.closeConfirm', { code })}
        </Confirmation>
      )}
      <CommandError error={toggle.error} />

      {!confirming && (
        <div ref={actions} className="actions user-card__actions">
          {session.isClosed ? (
            <button
              type="button"
              className="button button--secondary"
              aria-label={t('sessions.reopenOf', { code })}
              disabled={toggle.isPending}
              onClick={() => {
                onDone('');
                toggle.mutate(false, { onSuccess: () => onDone(t('sessions.reopenedDone', { code })) });
              }}
            >
              {t('sessions.reopen')}
            </button>
          ) : (
            <button
              type="button"
              className="button button--ghost button--danger"
              aria-label={t('sessions.closeOf', { code })}
              onClick={() => {
                toggle.reset();
                onDone('');
                setConfirming(true);
              }}
            >
              {t('sessions.close')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
