import type { Schemas } from '@/api/client';
import { useI18n, type Lang } from '@/i18n/I18n';
import { BarChart, type Bar } from './Charts';

type Ratings = Schemas['RatingSummary'];

/** "4,3" in Vietnamese, "4.3" in English: an average of ratings to one decimal. */
export const formatAverage = (average: number, lang: Lang) => (lang === 'vi' ? average.toFixed(1).replace('.', ',') : average.toFixed(1));

/** The group leaders' satisfaction: the average and how many rated (a figure among the dashboard's). */
export function RatingKpi({ ratings }: { ratings: Ratings }) {
  const { t, lang } = useI18n();
  return (
    <div className="kpi">
      <span className="kpi__value">{ratings.average == null ? '–' : `${formatAverage(ratings.average, lang)}/5`}</span>
      <span className="kpi__label">
        {t('dashboard.ratings')}
        {' · '}
        {ratings.average == null
          ? t('dashboard.ratingNone')
          : t('dashboard.ratingAverage', { average: formatAverage(ratings.average, lang), count: ratings.count })}
      </span>
    </div>
  );
}

/** How many ratings of each: 5 stars first. */
export function RatingChart({ ratings }: { ratings: Ratings }) {
  const { t } = useI18n();
  const bars: Bar[] = [...ratings.distribution]
    .sort((a, b) => b.rating - a.rating)
    .map(({ rating, count }) => ({ key: String(rating), label: t('dashboard.ratingStars', { rating }), value: count, tone: 'amber' }));
  return <BarChart title={t('dashboard.ratings')} bars={bars} />;
}
