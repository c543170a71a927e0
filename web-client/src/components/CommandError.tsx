import { ApiError } from '@/api/client';
import type { FieldCode } from '@/api/types';
import { useI18n } from '@/i18n/I18n';
import { ErrorNotice } from './States';

/**
 * What a refused command says: a stale If-Match (someone changed the case meanwhile) with a reload button, another
 * 409 with its reason, or any other failure. Field errors (400) are shown at their fields.
 */
export function CommandError({ error, onReload }: { error: unknown; onReload?: () => void }) {
  const { t, problem } = useI18n();
  if (!error) return null;
  if (error instanceof ApiError && error.isConflict) {
    const stale = error.isStale;
    return (
      <div className={`notice ${stale ? 'notice--warning' : 'notice--error'}`} role="alert">
        <p>
          <strong>{t(stale ? 'conflict.title' : 'refused.title')}</strong>
        </p>
        <p>{problem(error.problem)}</p>
        {onReload && (
          <button type="button" className={`button${stale ? '' : ' button--secondary'}`} onClick={onReload}>
            {t('conflict.reload')}
          </button>
        )}
      </div>
    );
  }
  if (error instanceof ApiError && error.status === 400 && Object.keys(error.fieldCodes).length) {
    return (
      <p className="notice notice--error" role="alert">
        {t('app.fixErrors')}
      </p>
    );
  }
  return <ErrorNotice error={error} />;
}

/** A form's own field checks: each field's codes, the same the API's 400 would give. */
export type FieldCodes = Record<string, FieldCode[]>;

/**
 * The messages for one field (keys as the API names them, e.g. "items[0].text"), in the screen's language: the
 * form's own check when it found something, else the API's 400.
 */
export function useFieldErrors(error: unknown, local?: FieldCodes) {
  const { problem } = useI18n();
  const fields = error instanceof ApiError ? error.fieldCodes : {};
  return (key: string) => (local?.[key] ?? fields[key])?.map(problem);
}

/** The API's field errors for fields the form does not show (so not at any field). */
export function useOtherFieldErrors(error: unknown, shown: string[]) {
  const { problem } = useI18n();
  return error instanceof ApiError
    ? Object.entries(error.fieldCodes)
        .filter(([key]) => !shown.includes(key))
        .flatMap(([, codes]) => codes.map(problem))
    : [];
}
