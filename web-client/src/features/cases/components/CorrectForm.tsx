import { useState, type FormEvent } from 'react';
import type { Category, CaseDetail } from '@/api/types';
import { useCategories } from '@/api/reference/listCategories';
import { CommandError, useFieldErrors, type FieldCodes } from '@/components/CommandError';
import { Field } from '@/components/Field';
import { useI18n } from '@/i18n/I18n';
import { correctCase, type Correction } from '../api/correctCase';
import { useCaseCommand } from '../api/useCaseCommand';

type Props = { detail: CaseDetail; etag: string; reload: () => void };

/**
 * "Sửa / Correct": the dispatcher corrects the category, location or wording with a reason. Only what differs from
 * the case now is sent; the original as submitted is kept by the API and shown on the case.
 */
export function CorrectForm({ detail, etag, reload }: Props) {
  const { t, lang } = useI18n();
  const categories = useCategories();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState(detail.text);
  const [category, setCategory] = useState<Category>(detail.category);
  const [location, setLocation] = useState(detail.location ?? '');
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<FieldCodes>({});
  const [unchanged, setUnchanged] = useState(false);
  const correction = (): Correction => ({
    text: text.trim() !== detail.text ? text.trim() : null,
    category: category !== detail.category ? category : null,
    location: location.trim() !== (detail.location ?? '') ? location.trim() : null,
  });
  const correct = useCaseCommand(() => correctCase(detail.id, etag, correction(), reason.trim()), () => {
    setOpen(false);
    setReason('');
  });
  const errors = useFieldErrors(correct.error, local);

  if (!open) {
    return (
      <button type="button" className="button button--secondary" aria-expanded={false} onClick={() => setOpen(true)}>
        {t('correct.title')}
      </button>
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const problems: FieldCodes = {};
    if (!text.trim()) problems.text = [{ code: 'case.correct.text.required', args: {} }];
    if (!reason.trim()) problems.reason = [{ code: 'case.correct.reason.required', args: {} }];
    setLocal(problems);
    const change = correction();
    const nothing = change.text === null && change.category === null && change.location === null;
    setUnchanged(nothing && Object.keys(problems).length === 0);
    if (Object.keys(problems).length === 0 && !nothing) correct.mutate(undefined);
  }

  return (
    <form className="command-form" onSubmit={submit} noValidate aria-labelledby="correct-title">
      <h3 id="correct-title">{t('correct.title')}</h3>
      <p className="field__hint">{t('correct.intro')}</p>
      <Field label={t('correct.text')} required errors={errors('text')}>
        {(props) => <textarea {...props} rows={4} value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <Field label={t('correct.category')} errors={errors('category')}>
        {(props) => (
          <select {...props} value={category} onChange={(e) => setCategory(e.target.value as Category)}>
            {categories.data?.map((c) => (
              <option key={c.code} value={c.code}>
                {lang === 'en' ? c.nameEn : c.name}
              </option>
            )) ?? <option value={detail.category}>{detail.category}</option>}
          </select>
        )}
      </Field>
      <Field label={t('correct.location')} errors={errors('location')}>
        {(props) => <input {...props} value={location} onChange={(e) => setLocation(e.target.value)} />}
      </Field>
      <Field label={t('correct.reason')} required errors={errors('reason')}>
        {(props) => <textarea {...props} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      {unchanged && (
        <p className="notice notice--warning" role="alert">
          {t('correct.unchanged')}
        </p>
      )}
      <CommandError error={correct.error} onReload={() => {
        correct.reset();
        reload();
      }} />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={correct.isPending}>
          {correct.isPending ? t('app.loading') : t('correct.submit')}
        </button>
        <button type="button" className="button button--ghost" onClick={() => setOpen(false)}>
          {t('app.cancel')}
        </button>
      </div>
    </form>
  );
}
