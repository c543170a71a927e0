import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { caseListExportUrl } from '../api/exportCases';
import type { CaseStatus, Category, FieldCode } from '@/api/types';
import { PageTitle } from '@/components/PageTitle';
import { useI18n } from '@/i18n/I18n';
import { useCategories } from '@/api/reference/listCategories';
import { useDepartments } from '@/api/reference/listDepartments';
import { useSessions } from '@/api/reference/listSessions';
import type { CaseFilters } from '@/api/cases/listCases';
import { CaseListView } from './CaseListView';

const statuses: CaseStatus[] = ['Received', 'Assigned', 'InProgress', 'Resolved', 'Replied', 'Closed', 'Referred'];
type EscalationReason = NonNullable<CaseFilters['escalationReason']>;
/** Section 5's order, as the escalation list groups them. */
const reasons: EscalationReason[] = ['Overdue', 'RepliedLate', 'AtRisk', 'BeyondAuthority', 'NewlyArising'];

/**
 * Every case the caller may see, with filters and search; ?overdue=true is the overdue view. Filters live in the URL,
 * so a reload or a shared link shows the same list.
 */
export default function CasesPage() {
  const { t, lang, problem } = useI18n();
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
    atRisk: params.get('atRisk') === 'true' || undefined,
    organisation: params.get('organisation') ?? undefined,
    submittedFrom: params.get('submittedFrom') ?? undefined,
    submittedTo: params.get('submittedTo') ?? undefined,
    escalationReason: (params.get('escalationReason') as EscalationReason) || undefined,
  };
  const [q, setQ] = useState(filters.q ?? '');
  const [organisation, setOrganisation] = useState(filters.organisation ?? '');
  const [from, setFrom] = useState(filters.submittedFrom ?? '');
  const [to, setTo] = useState(filters.submittedTo ?? '');
  // The API's rule, checked before the dates go into the URL: the same code and args as its 400.
  const reversed: FieldCode | null = from && to && to < from ? { code: 'cases.submittedTo.beforeFrom', args: { from, to } } : null;

  function set(name: string, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  }

  function search(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams(params);
    for (const [name, value] of [['q', q.trim()], ['organisation', organisation.trim()]] as const) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    setParams(next, { replace: true });
  }

  function setDate(name: 'submittedFrom' | 'submittedTo', value: string) {
    const [nextFrom, nextTo] = name === 'submittedFrom' ? [value, to] : [from, value];
    if (name === 'submittedFrom') setFrom(value);
    else setTo(value);
    if (nextFrom && nextTo && nextTo < nextFrom) return;
    const next = new URLSearchParams(params);
    for (const [key, v] of [['submittedFrom', nextFrom], ['submittedTo', nextTo]] as const) {
      if (v) next.set(key, v);
      else next.delete(key);
    }
    setParams(next, { replace: true });
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
        <div className="field">
          <label htmlFor="case-org">{t('list.organisation')}</label>
          <input id="case-org" value={organisation} aria-describedby="case-org-hint" onChange={(e) => setOrganisation(e.target.value)} />
          <p id="case-org-hint" className="field__hint">
            {t('list.organisationHint')}
          </p>
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
          <div className="field">
            <label htmlFor="case-from">{t('list.submittedFrom')}</label>
            <input id="case-from" type="date" value={from} onChange={(e) => setDate('submittedFrom', e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="case-to">{t('list.submittedTo')}</label>
            <input
              id="case-to"
              type="date"
              value={to}
              aria-invalid={reversed ? true : undefined}
              aria-describedby={reversed ? 'case-to-error' : undefined}
              onChange={(e) => setDate('submittedTo', e.target.value)}
            />
            {reversed && (
              <p id="case-to-error" className="field__errors">
                {problem(reversed)}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor="case-reason">{t('list.escalationReason')}</label>
            <select id="case-reason" value={filters.escalationReason ?? ''} onChange={(e) => set('escalationReason', e.target.value)}>
              <option value="">{t('list.all')}</option>
              {reasons.map((r) => (
                <option key={r} value={r}>
                  {t(`reason.${r}`)}
                </option>
              ))}
            </select>
          </div>
          <label className="check filters__overdue">
            <input type="checkbox" checked={overdue} onChange={(e) => set('overdue', e.target.checked ? 'true' : '')} />
            <span>{t('list.overdueOnly')}</span>
          </label>
          <label className="check filters__overdue">
            <input type="checkbox" checked={filters.atRisk === true} onChange={(e) => set('atRisk', e.target.checked ? 'true' : '')} />
            <span>{t('list.atRiskOnly')}</span>
          </label>
        </div>
        {params.toString() && (
          <button type="button" className="button button--ghost" onClick={() => {
            setQ('');
            setOrganisation('');
            setFrom('');
            setTo('');
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
