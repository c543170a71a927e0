import { Link } from 'react-router';
import { useI18n } from '@/i18n/I18n';
import { useCounts } from '../api/getCounts';

/** The top bar's way to the notifications, with the number unread. */
export function NotificationsLink() {
  const { t } = useI18n();
  const unread = useCounts().data?.unread ?? 0;
  return (
    <Link to="/notifications" className="button button--ghost topbar__notifications" aria-label={t('notifications.link', { count: unread })}>
      {t('notifications.short')}
      {unread > 0 && (
        <span className="count" aria-hidden="true">
          {unread}
        </span>
      )}
    </Link>
  );
}
