import type { CaseDetail } from '@/api/types';
import { formatDateTime } from '@/i18n/format';
import { useI18n } from '@/i18n/I18n';
import { useCategoryName } from '@/hooks/useCategoryName';

/** Under a corrected case's wording: what the petition said as submitted, for each field a correction changed. */
export function CaseOriginal({ detail: c }: { detail: CaseDetail }) {
  const { t } = useI18n();
  const categoryName = useCategoryName();
  const original = c.original;
  if (!original || original.corrected.length === 0) return null;
  return (
    <div className="case-original" role="note" aria-label={t('case.original')}>
      {original.corrected.includes('Text') && (
        <>
          <p>
            <strong>{t('case.original')}:</strong>
          </p>
          <p className="case-original__text">{original.text}</p>
        </>
      )}
      {original.corrected.includes('Category') && <p>{t('case.originalCategory', { category: categoryName(original.category) })}</p>}
      {original.corrected.includes('Location') && <p>{t('case.originalLocation', { location: original.location || t('app.none') })}</p>}
    </div>
  );
}

/** Every correction: the field, before → after, who, when and why. */
export function CaseCorrectionList({ detail: c }: { detail: CaseDetail }) {
  const { t } = useI18n();
  const categoryName = useCategoryName();
  if (c.corrections.length === 0) return null;
  const value = (field: string, v: string | null) =>
    v === null || v === '' ? t('app.none') : field === 'Category' ? categoryName(v as CaseDetail['category']) : v;
  return (
    <section aria-labelledby="case-corrections" className="panel">
      <h2 id="case-corrections">{t('case.corrections')}</h2>
      <ol className="plain-list">
        {c.corrections.map((k, index) => (
          <li key={index}>
            <p>{t('case.correction', { field: t(`case.field.${k.field}`), before: value(k.field, k.before), after: value(k.field, k.after) })}</p>
            <p className="field__hint">
              {t('case.correctionBy', { who: k.actorName ?? k.actor, when: formatDateTime(k.at), reason: k.reason })}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
