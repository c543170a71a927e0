import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ApiError } from '@/api/client';
import { useI18n } from '@/i18n/I18n';
import { PageTitle } from './PageTitle';

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('app.loading')}
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

export function NotFound() {
  const { t } = useI18n();
  return (
    <section className="not-found">
      <PageTitle>{t('app.notFound.title')}</PageTitle>
      <p>{t('app.notFound.body')}</p>
      <p>
        <Link to="/">{t('app.notFound.home')}</Link>
      </p>
    </section>
  );
}

export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, problem } = useI18n();
  const message =
    error instanceof ApiError
      ? error.status === 0
        ? t('app.networkError')
        : problem({ code: error.code ?? `HTTP ${error.status}`, args: error.args })
      : t('app.error');
  return (
    <div className="notice notice--error" role="alert">
      <p>{message}</p>
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('app.retry')}
        </button>
      )}
    </div>
  );
}

/** Loading, not found (404: also what the caller may not see), other errors, or the data. */
export function QueryView<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  if (query.isPending) return <Loading />;
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.isNotFound) return <NotFound />;
    return <ErrorNotice error={query.error} onRetry={() => query.refetch()} />;
  }
  return <>{children(query.data)}</>;
}
