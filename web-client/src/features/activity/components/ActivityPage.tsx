import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Schemas } from '@/api/client';
import { PageTitle } from '@/components/PageTitle';
import { Empty, QueryView } from '@/components/States';
import { formatDateTime } from '@/i18n/format';
import { useI18n } from '@/i18n/I18n';
import type { MessageKey } from '@/i18n/messages';
import { useDepartments } from '@/api/reference/listDepartments';
import { activityExportUrl } from '../api/activityExport';
import { useActivityPages, type ActivityFilters } from '../api/listActivity';

type Entry = Schemas['ListActivityEntry'];
type Kind = Schemas['ActivityKind'];

const caseActions: Schemas['CaseAction'][] = ['Submit', 'Assign', 'Reroute', 'Support', 'Start', 'Note', 'Progress', 'Return', 'Resolve', 'Refer', 'Reply', 'Close', 'Reopen'];
const replyActions: Schemas['ReplyAction'][] = ['Edit', 'Submit', 'Return', 'Sign', 'Register', 'Send'];

const actionKey = (kind: Kind, action: string) => (kind === 'Case' ? `action.${action}` : `replyAction.${action}`) as MessageKey;
const statusKey = (kind: Kind, status: string) => (kind === 'Case' ? `status.${status}` : `replyStatus.${status}`) as MessageKey;

/** The filters as the URL keeps them (so a filtered log can be bookmarked or sent). */
function filtersOf(params: URLSearchParams): ActivityFilters {
  const text = (name: string) => params.get(name) || undefined;
  const number = (name: string) => (params.get(name) ? Number(params.get(name)) : undefined);
  return {
    from: text('from'),
    to: text('to'),
    kind: (text('kind') as Kind | undefined) ?? undefined,
    action: text('action'),
    departmentId: number('departmentId'),
    actor: text('actor'),
    caseId: number('caseId'),
  };
}

/**
 * For the inspection committee (the overseers) and the Party Office: who did what, when, on which case, across the
 * ward, newest first; filtered by dates, kind, action, department, actor and case, and downloaded as Excel.
 */
export default function ActivityPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const departments = useDepartments();
  const [draft, setDraft] = useState(() => ({
    from: filters.from ?? '',
    to: filters.to ?? '',
    kind: filters.kind ?? '',
    action: filters.action ? `${filters.kind ?? 'Case'}:${filters.action}` : '',
    departmentId: filters.departmentId ? String(filters.departmentId) : '',
    actor: filters.actor ?? '',
    caseId: filters.caseId ? String(filters.caseId) : '',
  }));
  const change = (name: keyof typeof draft) => (event: { target: { value: string } }) => setDraft({ ...draft, [name]: event.target.value });

  function apply(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams();
    const [actionKind, action] = draft.action ? draft.action.split(':') : ['', ''];
    const values: Record<string, string> = {
      from: draft.from,
      to: draft.to,
      kind: actionKind || draft.kind,
      action,
      departmentId: draft.departmentId,
      actor: draft.actor.trim(),
      caseId: draft.caseId.trim(),
    };
    for (const [name, value] of Object.entries(values)) if (value) next.set(name, value);
    setParams(next, { replace: true });
  }

  function clear() {
    setDraft({ from: '', to: '', kind: '', action: '', departmentId: '', actor: '', caseId: '' });
    setParams(new URLSearchParams(), { replace: true });
  }

  return (
    <section>
      <PageTitle sub={t('activity.intro')}>{t('activity.title')}</PageTitle>
      <form className="activity-filters" role="search" aria-label={t('activity.filters')} onSubmit={apply}>
        <div className="field">
          <label htmlFor="activity-from">{t('activity.from')}</label>
          <input id="activity-from" type="date" value={draft.from} onChange={change('from')} />
        </div>
        <div className="field">
          <label htmlFor="activity-to">{t('activity.to')}</label>
          <input id="activity-to" type="date" value={draft.to} onChange={change('to')} />
        </div>
        <div className="field">
          <label htmlFor="activity-kind">{t('activity.kind')}</label>
          <select id="activity-kind" value={draft.kind} onChange={change('kind')}>
            <option value="">{t('activity.kind.all')}</option>
            <option value="Case">{t('activity.kind.Case')}</option>
            <option value="Reply">{t('activity.kind.Reply')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="activity-action">{t('activity.action')}</label>
          <select id="activity-action" value={draft.action} onChange={change('action')}>
            <option value="">{t('activity.action.all')}</option>
            {draft.kind !== 'Reply' && (
              <optgroup label={t('activity.kind.Case')}>
                {caseActions.map((a) => (
                  <option key={a} value={`Case:${a}`}>
                    {t(actionKey('Case', a))}
                  </option>
                ))}
              </optgroup>
            )}
            {draft.kind !== 'Case' && (
              <optgroup label={t('activity.kind.Reply')}>
                {replyActions.map((a) => (
                  <option key={a} value={`Reply:${a}`}>
                    {t(actionKey('Reply', a))}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </div>
        <div className="field">
          <label htmlFor="activity-department">{t('activity.department')}</label>
          <select id="activity-department" value={draft.departmentId} onChange={change('departmentId')}>
            <option value="">{t('activity.department.all')}</option>
            {departments.data?.map((d) => (
              <option key={d.id} value={d.id}>
                {d.shortName}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="activity-actor">{t('activity.actor')}</label>
          <input id="activity-actor" type="search" value={draft.actor} placeholder={t('activity.actorHint')} onChange={change('actor')} maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor="activity-case">{t('activity.caseId')}</label>
          <input id="activity-case" inputMode="numeric" pattern="[0-9]*" value={draft.caseId} onChange={change('caseId')} />
        </div>
        <div className="actions">
          <button type="submit" className="button button--primary">
            {t('activity.apply')}
          </button>
          <button type="button" className="button button--ghost" onClick={clear}>
            {t('activity.clear')}
          </button>
        </div>
      </form>
      <div className="actions">
        <a className="button button--secondary" href={activityExportUrl(filters)} download>
          {t('activity.xlsx')}
        </a>
      </div>
      <ActivityLog filters={filters} />
    </section>
  );
}

function ActivityLog({ filters }: { filters: ActivityFilters }) {
  const { t } = useI18n();
  const pages = useActivityPages(filters);
  return (
    <QueryView query={pages}>
      {(data) => {
        const items = data.pages.flatMap((p) => p.items);
        if (items.length === 0) return <Empty>{t('activity.empty')}</Empty>;
        return (
          <>
            <p className="muted" role="status">
              {t('activity.shown', { count: `${items.length}${pages.hasNextPage ? '+' : ''}` })}
            </p>
            <table className="activity-table" aria-label={t('activity.title')}>
              <thead>
                <tr>
                  <th scope="col">{t('activity.col.at')}</th>
                  <th scope="col">{t('activity.col.actor')}</th>
                  <th scope="col">{t('activity.col.action')}</th>
                  <th scope="col">{t('activity.col.case')}</th>
                  <th scope="col">{t('activity.col.department')}</th>
                  <th scope="col">{t('activity.col.details')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((entry) => (
                  <ActivityRow key={`${entry.kind}-${entry.id}`} entry={entry} />
                ))}
              </tbody>
            </table>
            {pages.hasNextPage && (
              <button type="button" className="button button--secondary" disabled={pages.isFetchingNextPage} onClick={() => pages.fetchNextPage()}>
                {t('list.more')}
              </button>
            )}
          </>
        );
      }}
    </QueryView>
  );
}

function ActivityRow({ entry: e }: { entry: Entry }) {
  const { t } = useI18n();
  const details = detailsText(e, t);
  return (
    <tr>
      <td data-label={t('activity.col.at')}>
        <time dateTime={e.at}>{formatDateTime(e.at)}</time>
      </td>
      <td data-label={t('activity.col.actor')}>
        {e.actorName ?? t('activity.system')} <span className="muted">({e.actor})</span>
      </td>
      <td data-label={t('activity.col.action')}>
        <strong>{t(actionKey(e.kind, e.action))}</strong>
        <br />
        <span className="muted">
          {e.from ? `${t(statusKey(e.kind, e.from))} → ${t(statusKey(e.kind, e.to))}` : t(statusKey(e.kind, e.to))}
        </span>
      </td>
      <td data-label={t('activity.col.case')}>
        {e.kind === 'Case' && e.caseId != null ? (
          <Link to={`/cases/${e.caseId}`}>#{e.caseId}</Link>
        ) : (
          <Link to={`/replies/${e.replyId}`}>{e.replyNumber ? t('activity.reply', { number: e.replyNumber }) : t('activity.replyUnnumbered')}</Link>
        )}{' '}
        <span className="muted">{t('activity.petition', { stt: e.stt, session: e.sessionCode })}</span>
        <br />
        {e.subject}
      </td>
      <td data-label={t('activity.col.department')}>{e.departmentName ?? '–'}</td>
      <td data-label={t('activity.col.details')} className="activity__details">
        {details ?? '–'}
      </td>
    </tr>
  );
}

/** What the action recorded, in words: a rating as "Mức độ hài lòng: 4/5 “…”", else its reason, result or text. */
function detailsText(e: Entry, t: ReturnType<typeof useI18n>['t']): string | null {
  if (!e.details || typeof e.details !== 'object') return null;
  const d = e.details as Record<string, unknown>;
  if (typeof d.rating === 'number') {
    return t('rating.given', { rating: d.rating }) + (typeof d.comment === 'string' ? ` “${d.comment}”` : '');
  }
  const text = d.reason ?? d.result ?? d.agency ?? d.task ?? d.text;
  return typeof text === 'string' ? text : null;
}
