import { Link, useParams } from 'react-router';
import type { ReplyDetail } from '@/api/types';
import { useUser } from '@/app/Auth';
import { StatusBadge } from '@/components/Badges';
import { CommandError } from '@/components/CommandError';
import { PageTitle } from '@/components/PageTitle';
import { QueryView } from '@/components/States';
import { formatDate, formatDateTime } from '@/i18n/format';
import { useI18n } from '@/i18n/I18n';
import { useReply } from '../api/getReply';
import { useIssueReply } from '../api/issueReply';
import { replyDocumentUrl } from '../api/replyDocument';

/** A written reply: read by the group leader; previewed, issued and downloaded by the office. */
export function ReplyPage() {
  const id = Number(useParams().id);
  const reply = useReply(id);
  return <QueryView query={reply}>{(r) => <ReplyView reply={r} />}</QueryView>;
}

function ReplyView({ reply: r }: { reply: ReplyDetail }) {
  const { t } = useI18n();
  const user = useUser();
  const issue = useIssueReply();
  const issued = r.status === 'Issued';
  return (
    <article className="reply">
      <PageTitle
        sub={issued ? t('reply.issued', { number: r.number ?? '', year: r.year ?? '', date: formatDate(r.issuedOn) }) : t('reply.draft')}
      >
        {t('reply.title')}
      </PageTitle>
      <div className="actions">
        <a className="button button--secondary" href={replyDocumentUrl(r.id)} download>
          {t('reply.download')}
        </a>
        <a className="button button--ghost" href={replyDocumentUrl(r.id, 'html')} target="_blank" rel="noopener">
          {t('reply.print')}
        </a>
      </div>
      <div className={`letter${issued ? '' : ' letter--draft'}`}>
        {!issued && (
          <p className="letter__stamp" aria-hidden="true">
            DỰ THẢO
          </p>
        )}
        <p className="letter__subject">
          <strong>V/v {r.subject}</strong>
        </p>
        <p>{t('reply.to', { organisation: r.organisation })}</p>
        {r.body &&
          r.body.split(/\n+/).map((paragraph, i) => (
            <p key={i} className="letter__body">
              {paragraph}
            </p>
          ))}
        <ol className="letter__cases">
          {r.cases.map((c) => (
            <li key={c.id}>
              <p className="letter__question">{c.text}</p>
              <p>
                <StatusBadge status={c.status} /> {c.departmentName && <span className="muted">{c.departmentName}</span>}
              </p>
              <p>
                <strong>{t('reply.caseResult')}:</strong>{' '}
                {c.result ?? (c.referredTo ? `${t('case.referredTo')}: ${c.referredTo}` : t('reply.noResult'))}
              </p>
              <p>
                <Link to={`/cases/${c.id}`}>{t('case.heading', { id: c.id })}</Link>
              </p>
            </li>
          ))}
        </ol>
        <p className="muted">{t('reply.createdBy', { who: r.createdBy, at: formatDateTime(r.createdAt) })}</p>
      </div>
      {!issued && user.role === 'Dispatcher' && (
        <section className="panel panel--actions" aria-labelledby="issue-title">
          <h2 id="issue-title">{t('reply.issue')}</h2>
          <p>{t('reply.issueConfirm')}</p>
          <CommandError error={issue.error} />
          <button type="button" className="button button--primary" disabled={issue.isPending} onClick={() => issue.mutate(r.id)}>
            {t('reply.issue')}
          </button>
        </section>
      )}
    </article>
  );
}
