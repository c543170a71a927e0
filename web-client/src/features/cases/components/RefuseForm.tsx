import { useState, type FormEvent } from 'react';
import type { CaseDetail } from '@/api/types';
import { CommandError, useFieldErrors, type FieldCodes } from '@/components/CommandError';
import { Confirmation } from '@/components/Confirmation';
import { Field } from '@/components/Field';
import { useI18n } from '@/i18n/I18n';
import { refuseCase } from '../api/refuseCase';
import { useCaseCommand } from '../api/useCaseCommand';

type Props = { detail: CaseDetail; etag: string; reload: () => void };

/**
 * "Từ chối / Refuse": the dispatcher declines an item that is not the ward's to handle, with the reason the group
 * leader will read; asked once more before it is sent, as it cannot be undone.
 */
export function RefuseForm({ detail, etag, reload }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [local, setLocal] = useState<FieldCodes>({});
  const refuse = useCaseCommand(() => refuseCase(detail.id, etag, reason.trim()));
  const errors = useFieldErrors(refuse.error, local);

  if (!open) {
    return (
      <button type="button" className="button button--secondary" aria-expanded={false} onClick={() => setOpen(true)}>
        {t('refuse.title')}
      </button>
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const problems: FieldCodes = reason.trim() ? {} : { reason: [{ code: 'case.refuse.reason.required', args: {} }] };
    setLocal(problems);
    if (Object.keys(problems).length === 0) setConfirming(true);
  }

  return (
    <form className="command-form" onSubmit={submit} noValidate aria-labelledby="refuse-title">
      <h3 id="refuse-title">{t('refuse.title')}</h3>
      <p className="field__hint">{t('refuse.intro')}</p>
      <Field label={t('refuse.reason')} required errors={errors('reason')}>
        {(props) => <textarea {...props} rows={3} value={reason} readOnly={confirming} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <CommandError error={refuse.error} onReload={() => {
        refuse.reset();
        reload();
      }} />
      {confirming ? (
        <Confirmation
          confirmLabel={t('refuse.confirm')}
          pending={refuse.isPending}
          onConfirm={() => refuse.mutate(undefined, { onSettled: () => setConfirming(false) })}
          onCancel={() => setConfirming(false)}
        >
          {t('refuse.question', { id: detail.id, organisation: detail.organisation })}
        </Confirmation>
      ) : (
        <div className="actions">
          <button type="submit" className="button button--primary">
            {t('refuse.submit')}
          </button>
          <button type="button" className="button button--ghost" onClick={() => setOpen(false)}>
            {t('app.cancel')}
          </button>
        </div>
      )}
    </form>
  );
}
