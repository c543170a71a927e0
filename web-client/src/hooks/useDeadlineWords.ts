import { formatDate } from '@/i18n/format';
import { useI18n } from '@/i18n/I18n';

type Dates = { dueDate: string; lastWorkingDay: string };

/**
 * The one wording of a reply deadline, for a session or a case: "Hạn trả lời: trước 20/04/2026 (chậm nhất
 * 17/04/2026)"; `bare` leaves out the label where a heading or term already says it.
 */
export function useDeadlineWords() {
  const { t } = useI18n();
  return ({ dueDate, lastWorkingDay }: Dates, bare = false) =>
    t(bare ? 'deadline.when' : 'deadline.reply', { due: formatDate(dueDate), last: formatDate(lastWorkingDay) });
}
