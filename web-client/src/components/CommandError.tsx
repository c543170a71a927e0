import { ApiError } from '@/api/client';
import { useI18n } from '@/i18n/I18n';
import { ErrorNotice } from './States';

/**
 * What a refused command says: a stale If-Match (someone changed the case meanwhile) with a reload button, a
 * refused transition with the API's reason, or any other failure. Field errors (400) are shown at their fields.
 */
export function CommandError({ error, onReload }: { error: unknown; onReload?: () => void }) {
  const { t, api } = useI18n();
  if (!error) return null;
  if (error instanceof ApiError && error.isStale) {
    return (
      <div className="notice notice--warning" role="alert">
        <p>
          <strong>{t('conflict.title')}</strong>
        </p>
        <p>{t('conflict.body')}</p>
        {onReload && (
          <button type="button" className="button" onClick={onReload}>
            {t('conflict.reload')}
          </button>
        )}
      </div>
    );
  }
  if (error instanceof ApiError && error.isConflict) {
    return (
      <div className="notice notice--error" role="alert">
        <p>
          <strong>{t('refused.title')}</strong>
        </p>
        <p>{error.problem.detail && api(error.problem.detail)}</p>
        {onReload && (
          <button type="button" className="button button--secondary" onClick={onReload}>
            {t('conflict.reload')}
          </button>
        )}
      </div>
    );
  }
  if (error instanceof ApiError && error.status === 400 && Object.keys(error.fieldErrors).length) {
    return (
      <p className="notice notice--error" role="alert">
        {t('app.fixErrors')}
      </p>
    );
  }
  return <ErrorNotice error={error} />;
}

/** The API's messages for one field (keys as the API names them, e.g. "items[0].text"), in the screen's language. */
export function useFieldErrors(error: unknown) {
  const { api } = useI18n();
  const fields = error instanceof ApiError ? error.fieldErrors : {};
  return (key: string) => fields[key]?.map(api);
}
