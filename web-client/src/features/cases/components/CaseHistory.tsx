import type { HistoryEntry } from '@/api/types';
import { formatDateTime } from '@/i18n/format';
import { useI18n } from '@/i18n/I18n';

const detailText = (details: unknown): string | null => {
  if (!details || typeof details !== 'object') return null;
  const d = details as Record<string, unknown>;
  const text = d.reason ?? d.result ?? d.agency ?? d.task;
  return typeof text === 'string' ? text : null;
};

/** Who did what, when, and the status before → after. */
export function CaseHistory({ history }: { history: HistoryEntry[] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="case-history" className="panel">
      <h2 id="case-history">{t('case.history')}</h2>
      {history.length === 0 ? (
        <p>{t('case.historyEmpty')}</p>
      ) : (
        <ol className="timeline">
          {history.map((event, index) => (
            <li key={index}>
              <p className="timeline__what">
                <strong>{t(`action.${event.action}`)}</strong>
                {event.from ? ` · ${t(`status.${event.from}`)} → ${t(`status.${event.to}`)}` : ` · ${t(`status.${event.to}`)}`}
              </p>
              <p className="timeline__when">
                <time dateTime={event.at}>{formatDateTime(event.at)}</time> · {event.actorName ?? t('case.historyBySystem')}
              </p>
              {detailText(event.details) && <p className="timeline__details">{detailText(event.details)}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
