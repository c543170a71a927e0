import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { caseListExportUrl } from '../api/exportCases';
import type { CaseStatus, Category } from '@/api/types';
import { PageTitle } from '@/components/PageTitle';
import { useI18n } from '@/i18n/I18n';
import { useCategories } from '@/api/reference/listCategories';
import { useDepartments } from '@/api/reference/listDepartments';
import { useSessions } from '@/api/reference/listSessions';
import type { CaseFilters } from '@/api/cases/listCases';
import { CaseListView } from './CaseListView';

const statuses: CaseStatus[] = ['Received', 'Assigned', 'InProgress', 'Resolved', 'Replied', 'Closed', 'Referred'];

/** Every case the caller may see, with filters and search; ?overdue=true is the overdue view. Filters live in the URL. */
export default function CasesPage() {
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const departments = useDepartments();
  const categories = useCategories();
  const sessions = useSessions();
  const overdue = params.get('overdue') === 'true';
  const filters: CaseFilters = {
    q: params.get('q') ?? undefined,
    status: (params.get('status') as CaseStatus) || undefined,
    category: (params.get('category') as Category) || undefined,
    departmentId: params.get('departmentId') ? Number(params.get('departmentId')) : undefined,
    sessionId: params.get('sessionId') ? Number(params.get('sessionId')) : undefined,
    overdue: overdue || undefined,
  };
  const [q, setQ] = useState(filters.q ?? '');

  function set(name: string, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  }

  function search(event: FormEvent) {
    event.preventDefault();
    set('q', q.trim());
  }

  return (
    <section>
      <PageTitle sub={overdue ? t('cases.overdueIntro') : undefined}>{overdue ? t('cases.overdueTitle') : t('cases.title')}</PageTitle>
      <div className="actions">
        <a className="button button--secondary" href={caseListExportUrl(params, 'xlsx')} download>
          {t('cases.exportXlsx')}
        </a>
        <a className="button button--ghost" href={caseListExportUrl(params, 'csv')} download>
          {t('cases.exportCsv')}
        </a>
      </div>
      <form className="filters" role="search" onSubmit={search}>
        <div className="filters__search">
          <label htmlFor="case-q">{t('list.search')}</label>
          <div className="input-group">
            <input id="case-q" type="search" value={q} placeholder={t('list.searchHint')} onChange={(e) => setQ(e.target.value)} />
            <button type="submit" className="button button--primary">
              {t('list.search')}
            </button>
          </div>
        </div>
        <div className="filters__row">
          <div className="field">
            <label htmlFor="case-status">{t('list.status')}</label>
            <select id="case-status" value={filters.status ?? ''} onChange={(e) => set('status', e.target.value)}>
              <option value="">{t('list.all')}</option>
              {statuses.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="case-dept">{t('list.department')}</label>
            <select id="case-dept" value={filters.departmentId ?? ''} onChange={(e) => set('departmentId', e.target.value)}>
              <option value="">{t('list.all')}</option>
              {departments.data?.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.shortName}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="case-cat">{t('list.category')}</label>
            <select id="case-cat" value={filters.category ?? ''} onChange={(e) => set('category', e.target.value)}>
              <option value="">{t('list.all')}</option>
              {categories.data?.map((c) => (
                <option key={c.code} value={c.code}>
                  {lang === 'en' ? c.nameEn : c.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="case-session">{t('list.session')}</label>
            <select id="case-session" value={filters.sessionId ?? ''} onChange={(e) => set('sessionId', e.target.value)}>
              <option value="">{t('list.all')}</option>
              {sessions.data?.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.code}
                </option>
              ))}
            </select>
          </div>
          <label className="check filters__overdue">
            <input type="checkbox" checked={overdue} onChange={(e) => set('overdue', e.target.checked ? 'true' : '')} />
            <span>{t('list.overdueOnly')}</span>
          </label>
        </div>
        {params.toString() && (
          <button type="button" className="button button--ghost" onClick={() => {
            setQ('');
            setParams(new URLSearchParams(), { replace: true });
          }}>
            {t('list.clear')}
          </button>
        )}
      </form>
      <CaseListView filters={filters} emptyText={t('list.empty')} showSubmitter showDepartment />
    </section>
  );
}
