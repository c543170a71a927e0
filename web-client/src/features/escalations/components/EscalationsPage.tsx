import { Link } from 'react-router';
import { StatusBadge } from '@/components/Badges';
import { PageTitle } from '@/components/PageTitle';
import { Empty, QueryView } from '@/components/States';
import { formatDate } from '@/i18n/format';
import { useI18n } from '@/i18n/I18n';
import { useEscalations } from '../api/listEscalations';

/** For the overseers: what section 5 wants reported, each case with its reasons. */
export default function EscalationsPage() {
  const { t } = useI18n();
  const escalations = useEscalations();
  return (
    <section>
      <PageTitle sub={t('escalations.intro')}>{t('escalations.title')}</PageTitle>
      <QueryView query={escalations}>
        {(items) =>
          items.length === 0 ? (
            <Empty>{t('escalations.empty')}</Empty>
          ) : (
            <>
              <p className="muted" role="status">
                {t('list.count', { count: items.length })}
              </p>
              <ul className="case-list">
                {items.map((e) => (
                  <li key={e.caseId} className={`case-card${e.reasons.includes('Overdue') ? ' case-card--overdue' : ''}`}>
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
                        <dd>{formatDate(e.dueDate)}</dd>
                      </div>
                      {e.referredTo && (
                        <div>
                          <dt>{t('case.referredTo')}</dt>
                          <dd>{e.referredTo}</dd>
                        </div>
                      )}
                    </dl>
                  </li>
                ))}
              </ul>
            </>
          )
        }
      </QueryView>
    </section>
  );
}
