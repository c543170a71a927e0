import { useI18n } from '@/i18n/I18n';
import { CommandError } from './CommandError';

/**
 * The end of an administrator's form: a note to fix the marked fields when some are marked (by the form's own check
 * or a refusal shown at its field), otherwise what the API refused; then submit and, where the form can be closed,
 * cancel.
 */
export function FormActions({
  error,
  marked,
  pending,
  submitLabel,
  onCancel,
}: {
  error: unknown;
  marked: boolean;
  pending: boolean;
  submitLabel: string;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  return (
    <>
      {marked ? (
        <p className="notice notice--error" role="alert">
          {t('app.fixErrors')}
        </p>
      ) : (
        <CommandError error={error} />
      )}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? t('app.loading') : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--ghost" onClick={onCancel}>
            {t('app.cancel')}
          </button>
        )}
      </div>
    </>
  );
}
