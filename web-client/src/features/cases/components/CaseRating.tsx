import type { CaseDetail } from '@/api/types';
import { Stars } from '@/components/Stars';
import { formatDateTime } from '@/i18n/format';
import { useI18n } from '@/i18n/I18n';

/** A closed case: how satisfied the group leader was with the reply they accepted, and what they added. */
export function CaseRating({ detail: c }: { detail: CaseDetail }) {
  const { t } = useI18n();
  if (c.status !== 'Closed') return null;
  return (
    <section aria-labelledby="case-rating" className="panel">
      <h2 id="case-rating">{t('rating.title')}</h2>
      {c.rating == null ? (
        <p>{t('rating.notGiven')}</p>
      ) : (
        <>
          <p className="rating__given">
            <Stars rating={c.rating} label={t('rating.given', { rating: c.rating })} /> {t('rating.given', { rating: c.rating })}
          </p>
          {c.ratingComment && <blockquote className="rating__comment">{c.ratingComment}</blockquote>}
          {c.ratedAt && (
            <p className="muted">
              {t('rating.ratedAt', { at: formatDateTime(c.ratedAt) })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
