import type { CaseStatus, CaseSummary } from '@/api/types';
import { formatDate } from '@/i18n/format';
import { useI18n } from '@/i18n/I18n';
import { useDeadlineWords } from '@/hooks/useDeadlineWords';

export function StatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useI18n();
  return <span className={`badge badge--${status}`}>{t(`status.${status}`)}</span>;
}

type Deadline = Pick<CaseSummary, 'dueDate' | 'lastWorkingDay' | 'overdue' | 'atRisk' | 'repliedOn'>;

/** The reply deadline in its one wording, and whether it is overdue or at risk. */
export function DeadlineBadge({ item }: { item: Deadline }) {
  const { t } = useI18n();
  const deadlineWords = useDeadlineWords();
  if (item.repliedOn) {
    return <span className="deadline deadline--done">{t('deadline.replied', { date: formatDate(item.repliedOn) })}</span>;
  }
  const flag = item.overdue ? 'overdue' : item.atRisk ? 'atRisk' : null;
  return (
    <span className={`deadline${flag ? ` deadline--${flag}` : ''}`}>
      {flag && <strong className="deadline__flag">{t(`deadline.${flag}`)}</strong>}{' '}
      <span>{deadlineWords(item)}</span>
    </span>
  );
}
