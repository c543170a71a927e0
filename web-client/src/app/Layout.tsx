import { useQueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { logout } from '@/features/auth/api/logout';
import { meKey } from '@/api/auth/getMe';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { Loading } from '@/components/States';
import { useI18n } from '@/i18n/I18n';
import { useUser } from '@/lib/auth';
import { navOf } from '@/lib/roles';
import { flashOf } from '@/lib/flash';

/** A menu entry is current when its path (and its query, if it has one) matches; "/cases" is not current on "/cases?overdue=true". */
function isActive(to: string, end: boolean | undefined, pathname: string, search: string) {
  const [path, query] = to.split('?');
  if (query) return pathname === path && search === `?${query}`;
  if (end) return pathname === path && !search.includes('overdue=true');
  return pathname === path || pathname.startsWith(`${path}/`);
}

export function Layout() {
  const user = useUser();
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const flash = flashOf(location.state);
  const role =
    user.role === 'DepartmentOfficer' && user.departmentName
      ? user.departmentName
      : user.role === 'GroupLeader' && user.organisation
        ? user.organisation
        : t(`role.${user.role}`);

  async function signOut() {
    try {
      await logout();
    } finally {
      queryClient.clear();
      queryClient.setQueryData(meKey, null);
      void navigate('/sign-in', { replace: true });
    }
  }

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="topbar">
        <div className="topbar__brand">
          <span className="topbar__logo" aria-hidden="true">
            ★
          </span>
          <span>
            <strong>{t('app.name')}</strong>
            <span className="topbar__ward">{user.wardName ?? t('app.ward')}</span>
          </span>
        </div>
        <div className="topbar__user">
          <span className="topbar__who">
            <span className="topbar__name">{user.displayName}</span>
            {role !== user.displayName && <span className="topbar__role">{role}</span>}
          </span>
          <LanguageSwitch />
          <button type="button" className="button button--ghost" onClick={signOut}>
            {t('app.signOut')}
          </button>
        </div>
      </header>
      <nav className="mainnav" aria-label={t('app.menu')}>
        <ul>
          {navOf[user.role].map((item) => {
            const active = isActive(item.to, item.end, location.pathname, location.search);
            return (
              <li key={item.to}>
                <Link to={item.to} className={active ? 'active' : undefined} aria-current={active ? 'page' : undefined}>
                  {t(item.label)}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <main id="main" className="main" tabIndex={-1}>
        {flash && (
          <p className="notice notice--success" role="status">
            {flash}
          </p>
        )}
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
