import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router';
import type { CaseDetail } from '@/api/types';
import { useUser } from '@/lib/auth';
import { DeadlineBadge, StatusBadge } from '@/components/Badges';
import { PageTitle } from '@/components/PageTitle';
import { Loading, QueryView } from '@/components/States';
import { formatDate } from '@/i18n/format';
import { useI18n } from '@/i18n/I18n';
import { useCategoryName } from '@/hooks/useCategoryName';
import { useDeadlineWords } from '@/hooks/useDeadlineWords';
import { useCase } from '../api/getCase';
import { CaseCorrectionList, CaseOriginal } from './CaseCorrections';
import { CaseFiles } from './CaseFiles';
import { CaseHistory } from './CaseHistory';
import { CaseNotes } from './CaseNotes';
import { CaseRating } from './CaseRating';
import { LeaderActions } from './LeaderActions';

// Staff work happens at a desk: their forms load only when a staff member opens a case.
const StaffActions = lazy(() => import('./StaffActions'));

export function CasePage() {
  const id = Number(useParams().id);
  const query = useCase(id);
  return <QueryView query={query}>{({ detail, etag }) => <CaseView detail={detail} etag={etag} reload={() => query.refetch()} />}</QueryView>;
}

function CaseView({ detail: c, etag, reload }: { detail: CaseDetail; etag: string; reload: () => void }) {
  const { t } = useI18n();
  const user = useUser();
  const categoryName = useCategoryName();
  const deadlineWords = useDeadlineWords();
  const issued = c.replies.filter((r) => r.isOut);
  return (
    <article className="case-page">
      <PageTitle sub={<Link to={`/petitions/${c.petitionId}`}>{`${c.submitterName} – ${c.submitterTitle}`}</Link>}>
        {t('case.heading', { id: c.id })}
      </PageTitle>
      <div className="case-page__status">
        <StatusBadge status={c.status} />
        <DeadlineBadge item={c} />
      </div>
      <div className="case-page__columns">
        <div className="case-page__main">
          <section aria-labelledby="case-text" className="panel">
            <h2 id="case-text">{t('case.text')}</h2>
            <p className="case-text">{c.text}</p>
            <CaseOriginal detail={c} />
            <dl className="facts">
              <dt>{t('case.category')}</dt>
              <dd>{categoryName(c.category)}</dd>
              <dt>{t('case.location')}</dt>
              <dd>{c.location || t('app.none')}</dd>
              <dt>{t('case.submitter')}</dt>
              <dd>
                {c.submitterName} – {c.submitterTitle}
                {c.area ? ` (${c.area})` : ''}
              </dd>
              <dt>{t('case.department')}</dt>
              <dd>
                {c.departmentName ?? (c.suggestedDepartmentName ? t('case.suggested', { name: c.suggestedDepartmentName }) : t('app.none'))}
              </dd>
              {c.supportingDepartments.length > 0 && (
                <>
                  <dt>{t('case.supporting')}</dt>
                  <dd>{c.supportingDepartments.map((d) => d.name).join(', ')}</dd>
                </>
              )}
              <dt>{t('case.dueDate')}</dt>
              <dd>{deadlineWords(c, true)}</dd>
            </dl>
          </section>
          {c.refusalReason && (
            <section aria-labelledby="case-refused" className="panel">
              <h2 id="case-refused">{t('case.refused')}</h2>
              <dl className="facts">
                <dt>{t('case.refusalReason')}</dt>
                <dd>{c.refusalReason}</dd>
              </dl>
            </section>
          )}
          <CaseCorrectionList detail={c} />
          <CaseFiles detail={c} />
          {c.assignee && (
            <section aria-labelledby="case-assignment" className="panel">
              <h2 id="case-assignment">{t('case.assignment')}</h2>
              <dl className="facts">
                <dt>{t('case.assignee')}</dt>
                <dd>{c.assignee}</dd>
                <dt>{t('case.task')}</dt>
                <dd>{c.task}</dd>
                <dt>{t('case.responsibleHead')}</dt>
                <dd>{c.responsibleHead}</dd>
                <dt>{t('case.due')}</dt>
                <dd>{formatDate(c.dueDate)}</dd>
                <dt>{t('case.expectedResult')}</dt>
                <dd>{c.expectedResult}</dd>
                <dt>{t('case.authority')}</dt>
                <dd>{c.authority ?? t('app.none')}</dd>
              </dl>
            </section>
          )}
          {(c.result || c.referredTo) && (
            <section aria-labelledby="case-result" className="panel">
              <h2 id="case-result">{t('case.result')}</h2>
              {c.result && <p>{c.result}</p>}
              {c.referredTo && (
                <dl className="facts">
                  <dt>{t('case.referredTo')}</dt>
                  <dd>{c.referredTo}</dd>
                  <dt>{t('case.referralLetter')}</dt>
                  <dd>{c.referralLetter}</dd>
                </dl>
              )}
            </section>
          )}
          {c.replies.length > 0 && (
            <section aria-labelledby="case-replies" className="panel">
              <h2 id="case-replies">{t('case.replies')}</h2>
              <ul className="plain-list">
                {c.replies.map((r) => (
                  <li key={r.id}>
                    <Link to={`/replies/${r.id}`}>
                      {r.isOut ? t('case.reply', { number: r.number ?? '', date: formatDate(r.issuedOn) }) : t('case.replyDraft', { status: t(`replyStatus.${r.status}`) })}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <CaseRating detail={c} />
          <CaseNotes detail={c} etag={etag} reload={reload} />
        </div>
        <aside className="case-page__side">
          <section aria-labelledby="case-actions" className="panel panel--actions">
            <h2 id="case-actions">{t('case.actions')}</h2>
            {user.role === 'GroupLeader' ? (
              <LeaderActions detail={c} etag={etag} reload={reload} issuedReplyId={issued.at(-1)?.id} />
            ) : user.role === 'Dispatcher' || user.role === 'DepartmentOfficer' ? (
              <Suspense fallback={<Loading />}>
                <StaffActions detail={c} etag={etag} reload={reload} />
              </Suspense>
            ) : (
              <p>{t('case.noActions')}</p>
            )}
          </section>
          <CaseHistory history={c.history} />
        </aside>
      </div>
    </article>
  );
}
