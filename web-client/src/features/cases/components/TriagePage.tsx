import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import type { Category } from '@/api/types';
import type { CaseFilters } from '@/api/cases/listCases';
import { useCasePages } from '@/api/cases/listCases';
import { useCategories } from '@/api/reference/listCategories';
import { useSessions } from '@/api/reference/listSessions';
import { CaseCard } from '@/components/CaseCard';
import { PageTitle } from '@/components/PageTitle';
import { Empty, QueryView } from '@/components/States';
import { useCategoryName } from '@/hooks/useCategoryName';
import { useI18n } from '@/i18n/I18n';
import { useCaseCounts } from '../api/countCases';
import { RouteSelectedForm } from './RouteSelectedForm';

/**
 * The dispatcher's triage board: received cases with the department their category suggests, filtered by category,
 * organisation, session and text (kept in the URL), counted by the API; several can be chosen and routed at once.
 */
export default function TriagePage() {
  const { t, lang } = useI18n();
  const categoryName = useCategoryName();
  const [params, setParams] = useSearchParams();
  const categories = useCategories();
  const sessions = useSessions();
  const filters: CaseFilters = {
    status: 'Received',
    category: (params.get('category') as Category) || undefined,
    organisation: params.get('organisation') || undefined,
    sessionId: params.get('sessionId') ? Number(params.get('sessionId')) : undefined,
    q: params.get('q') || undefined,
  };
  const [q, setQ] = useState(filters.q ?? '');
  // Every organisation with a case waiting, whatever the filters, so the choice never empties itself.
  const waiting = useCaseCounts({ status: 'Received' });
  const counts = useCaseCounts(filters);
  const pages = useCasePages(filters);
  const [selected, setSelected] = useState<Map<number, number>>(new Map());
  const [routing, setRouting] = useState(false);
  const [routed, setRouted] = useState<string | null>(null);

  function set(name: string, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
    setSelected(new Map());
  }

  function search(event: FormEvent) {
    event.preventDefault();
    set('q', q.trim());
  }

  const toggle = (id: number, version: number) =>
    setSelected((current) => {
      const next = new Map(current);
      if (next.has(id)) next.delete(id);
      else next.set(id, version);
      return next;
    });

  return (
    <section>
      <PageTitle sub={t('triage.intro')}>{t('triage.title')}</PageTitle>
      <form className="filters" role="search" aria-label={t('triage.filters')} onSubmit={search}>
        <div className="filters__search">
          <label htmlFor="triage-q">{t('list.search')}</label>
          <div className="input-group">
            <input id="triage-q" type="search" value={q} placeholder={t('list.searchHint')} onChange={(e) => setQ(e.target.value)} />
            <button type="submit" className="button button--primary">
              {t('list.search')}
            </button>
          </div>
        </div>
        <div className="filters__row">
          <div className="field">
            <label htmlFor="triage-cat">{t('list.category')}</label>
            <select id="triage-cat" value={filters.category ?? ''} onChange={(e) => set('category', e.target.value)}>
              <option value="">{t('list.all')}</option>
              {categories.data?.map((c) => (
                <option key={c.code} value={c.code}>
                  {lang === 'en' ? c.nameEn : c.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="triage-org">{t('triage.organisation')}</label>
            <select id="triage-org" value={filters.organisation ?? ''} onChange={(e) => set('organisation', e.target.value)}>
              <option value="">{t('list.all')}</option>
              {waiting.data?.byOrganisation.map((o) => (
                <option key={o.organisation} value={o.organisation}>
                  {o.organisation} ({o.count})
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="triage-session">{t('list.session')}</label>
            <select id="triage-session" value={filters.sessionId ?? ''} onChange={(e) => set('sessionId', e.target.value)}>
              <option value="">{t('list.all')}</option>
              {sessions.data?.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.code}
                </option>
              ))}
            </select>
          </div>
        </div>
        {params.toString() && (
          <button
            type="button"
            className="button button--ghost"
            onClick={() => {
              setQ('');
              setSelected(new Map());
              setParams(new URLSearchParams(), { replace: true });
            }}
          >
            {t('list.clear')}
          </button>
        )}
      </form>

      {counts.data && (
        <section className="triage-counts" aria-labelledby="triage-counts-title">
          <h2 id="triage-counts-title">{t('triage.counts')}</h2>
          <p>{t('triage.countsTotal', { count: counts.data.total })}</p>
          <div className="triage-counts__groups">
            <div>
              <h3>{t('triage.byCategory')}</h3>
              <ul>
                {counts.data.byCategory.map((c) => (
                  <li key={c.category}>
                    {categoryName(c.category)}: <strong>{c.count}</strong>
                  </li>
                ))}
              </ul>
            </div>
            <div>
              <h3>{t('triage.byDepartment')}</h3>
              <ul>
                {counts.data.bySuggestedDepartment.map((d) => (
                  <li key={d.departmentId ?? 'none'}>
                    {d.departmentName ?? t('triage.noSuggestion')}: <strong>{d.count}</strong>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        </section>
      )}

      {routed && (
        <p className="notice notice--success" role="status">
          {routed}
        </p>
      )}

      <QueryView query={pages}>
        {(data) => {
          const items = data.pages.flatMap((p) => p.items);
          if (items.length === 0) return <Empty>{t('triage.empty')}</Empty>;
          const chosen = items.filter((i) => selected.has(i.id));
          const allChosen = chosen.length === items.length;
          return (
            <>
              <div className="triage-bar">
                <label className="check">
                  <input
                    type="checkbox"
                    checked={allChosen}
                    onChange={() => setSelected(allChosen ? new Map() : new Map(items.map((i) => [i.id, i.version])))}
                  />
                  <span>{t('triage.selectAll')}</span>
                </label>
                <p className="muted" role="status">
                  {t('list.count', { count: `${items.length}${pages.hasNextPage ? '+' : ''}` })}
                  {selected.size > 0 && ` · ${t('triage.selected', { count: selected.size })}`}
                </p>
                {!routing && (
                  <button
                    type="button"
                    className="button button--primary"
                    disabled={selected.size === 0}
                    onClick={() => {
                      setRouted(null);
                      setRouting(true);
                    }}
                  >
                    {t('triage.routeSelected')}
                  </button>
                )}
              </div>
              {routing && selected.size > 0 && (
                <RouteSelectedForm
                  selected={selected}
                  onCancel={() => setRouting(false)}
                  onRouted={(message) => {
                    setRouting(false);
                    setSelected(new Map());
                    setRouted(message);
                  }}
                />
              )}
              <ul className="case-list">
                {items.map((item) => (
                  <CaseCard
                    key={item.id}
                    item={item}
                    showSubmitter
                    showSuggested
                    leading={
                      <input
                        type="checkbox"
                        className="triage-check"
                        aria-label={t('triage.select', { id: item.id })}
                        checked={selected.has(item.id)}
                        onChange={() => toggle(item.id, item.version)}
                      />
                    }
                  />
                ))}
              </ul>
              {pages.hasNextPage && (
                <button type="button" className="button button--secondary" disabled={pages.isFetchingNextPage} onClick={() => pages.fetchNextPage()}>
                  {t('list.more')}
                </button>
              )}
            </>
          );
        }}
      </QueryView>
    </section>
  );
}
