import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '@/api/types';
import { useMe } from '@/api/auth/getMe';
import { ErrorNotice, Loading } from '@/components/States';
import { PageTitle } from '@/components/PageTitle';
import { useI18n } from '@/i18n/I18n';
import { useUser } from '@/lib/auth';

export function RequireSignIn({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorNotice error={me.error} onRetry={() => me.refetch()} />;
  if (!me.data) {
    const next = location.pathname + location.search;
    return <Navigate to={`/sign-in${next && next !== '/' ? `?next=${encodeURIComponent(next)}` : ''}`} replace />;
  }
  return <>{children}</>;
}

/** A screen for some roles only; anyone else is told so (the API would refuse them anyway). */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const user = useUser();
  const { t } = useI18n();
  if (!roles.includes(user.role)) {
    return (
      <section>
        <PageTitle>{t('app.forbidden')}</PageTitle>
      </section>
    );
  }
  return <>{children}</>;
}
