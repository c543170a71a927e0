import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { CaseSummary } from '@/api/types';
import { DeadlineBadge, StatusBadge } from '@/components/Badges';
import { useI18n } from '@/i18n/I18n';
import { useCategoryName } from '@/hooks/useCategoryName';

type Props = {
  item: CaseSummary;
  /** Show the submitter (staff lists); a group leader knows who they are. */
  showSubmitter?: boolean;
  showDepartment?: boolean;
  showSuggested?: boolean;
  /** The officer's department supports this case rather than leading it. */
  supporting?: boolean;
  /** Shown before the case's number, e.g. the triage board's checkbox. */
  leading?: ReactNode;
};

/** One case in a list: its number, text, status, deadline; the whole card is one link. */
export function CaseCard({ item, showSubmitter, showDepartment, showSuggested, supporting, leading }: Props) {
  const { t } = useI18n();
  const categoryName = useCategoryName();
  return (
    <li className={`case-card${item.overdue && !item.repliedOn ? ' case-card--overdue' : ''}`}>
      <div className="case-card__head">
        {leading}
        <Link to={`/cases/${item.id}`} className="case-card__link" aria-label={t('list.open', { id: item.id })}>
          #{item.id}
        </Link>
        <StatusBadge status={item.status} />
        {supporting && <span className="badge badge--supporting">{t('supporting.badge')}</span>}
        <span className="case-card__category">{categoryName(item.category)}</span>
      </div>
      <p className="case-card__text">{item.text}</p>
      <dl className="case-card__meta">
        {item.location && (
          <div>
            <dt>{t('case.location')}</dt>
            <dd>{item.location}</dd>
          </div>
        )}
        {showSubmitter && (
          <div>
            <dt>{t('case.submitter')}</dt>
            <dd>
              {item.submitterName} – {item.submitterTitle}
            </dd>
          </div>
        )}
        {showDepartment && (
          <div>
            <dt>{t('case.department')}</dt>
            <dd>{item.departmentName ?? t('app.none')}</dd>
          </div>
        )}
        {showSuggested && (
          <div>
            <dt>{t('case.department')}</dt>
            <dd>{item.suggestedDepartmentName ? t('case.suggested', { name: item.suggestedDepartmentName }) : t('app.none')}</dd>
          </div>
        )}
      </dl>
      <DeadlineBadge item={item} />
    </li>
  );
}
