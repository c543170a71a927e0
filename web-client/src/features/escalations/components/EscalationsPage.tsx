import { Link } from 'react-router';
import type { Schemas } from '@/api/client';
import { StatusBadge } from '@/components/Badges';
import { PageTitle } from '@/components/PageTitle';
import { Empty, QueryView } from '@/components/States';
import { useDeadlineWords } from '@/hooks/useDeadlineWords';
import { useI18n } from '@/i18n/I18n';
import { useEscalations } from '../api/listEscalations';

type Escalation = Schemas['ListEscalationsEscalatedCase'];
type Reason = Schemas['EscalationReason'];

/** Section 5's order: what is late first, then what is beyond the ward, then what is new. */
const reasons: Reason[] = ['Overdue', 'RepliedLate', 'AtRisk', 'BeyondAuthority', 'NewlyArising'];

/**
 * For the overseers: what section 5 wants reported, grouped by reason with the count of each. A case with several
 * reasons is in each of their groups, so every group is whole.
 */
export default function EscalationsPage() {
  const { t } = useI18n();
  const escalations = useEscalations();
  return (
    <section>
      <PageTitle sub={t('escalations.intro')}>{t('escalations.title')}</PageTitle>
      <QueryView query={escalations}>
        {(items) => {
          if (items.length === 0) return <Empty>{t('escalations.empty')}</Empty>;
          const groups = reasons
            .map((reason) => ({ reason, cases: items.filter((e) => e.reasons.includes(reason)) }))
            .filter((g) => g.cases.length > 0);
          return (
            <>
              <p className="muted" role="status">
                {t('list.count', { count: items.length })}
              </p>
              <ul className="reason-counts" aria-label={t('escalations.byReason')}>
                {groups.map(({ reason, cases }) => (
                  <li key={reason}>
                    <a href={`#reason-${reason}`} className={`reason reason--${reason}`}>
                      {t(`reason.${reason}`)}: {cases.length}
                    </a>
                  </li>
                ))}
              </ul>
              {groups.map(({ reason, cases }) => (
                <section key={reason} aria-labelledby={`reason-${reason}`} className="escalation-group">
                  <h2 id={`reason-${reason}`} tabIndex={-1}>
                    {t('escalations.group', { reason: t(`reason.${reason}`), count: cases.length })}
                  </h2>
                  <ul className="case-list">
                    {cases.map((e) => (
                      <EscalationCard key={e.caseId} item={e} />
                    ))}
                  </ul>
                </section>
              ))}
            </>
          );
        }}
      </QueryView>
    </section>
  );
}

function EscalationCard({ item: e }: { item: Escalation }) {
  const { t } = useI18n();
  const deadlineWords = useDeadlineWords();
  return (
    <li className={`case-card${e.reasons.includes('Overdue') ? ' case-card--overdue' : ''}`}>
      <div className="case-card__head">
        <Link to={`/cases/${e.caseId}`} className="case-card__link" aria-label={t('list.open', { id: e.caseId })}>
          #{e.caseId}
        </Link>
        <StatusBadge status={e.status} />
      </div>
      <p className="case-card__text">{e.text}</p>
      <ul className="reasons" aria-label={t('escalations.reasons')}>
        {e.reasons.map((reason) => (
          <li key={reason} className={`reason reason--${reason}`}>
            {t(`reason.${reason}`)}
          </li>
        ))}
      </ul>
      <dl className="case-card__meta">
        <div>
          <dt>{t('case.submitter')}</dt>
          <dd>
            {e.submitterName} ({e.organisation})
          </dd>
        </div>
        <div>
          <dt>{t('case.department')}</dt>
          <dd>{e.departmentName ?? t('dashboard.unassigned')}</dd>
        </div>
        <div>
          <dt>{t('case.dueDate')}</dt>
          <dd>{deadlineWords(e, true)}</dd>
        </div>
        {e.referredTo && (
          <div>
            <dt>{t('case.referredTo')}</dt>
            <dd>{e.referredTo}</dd>
          </div>
        )}
      </dl>
    </li>
  );
}
