import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { SessionSummary } from '@/api/types';
import { useUser } from '@/lib/auth';
import { CommandError } from '@/components/CommandError';
import { PageTitle } from '@/components/PageTitle';
import { Empty, Loading, QueryView } from '@/components/States';
import { StatusBadge } from '@/components/Badges';
import { formatDate, formatPercent } from '@/i18n/format';
import { useI18n } from '@/i18n/I18n';
import { useSessions } from '@/api/reference/listSessions';
import { sessionReportUrl, useSessionReport } from '../api/getSessionReport';
import { useMarkSessionReported } from '../api/markSessionReported';

/** The Party Office's report on a session: the appendix's table with results and replies; print and download. */
export default function SessionReportPage() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const sessions = useSessions();
  const param = useParams().sessionId;
  const sessionId = param ? Number(param) : sessions.data?.[0]?.id;
  const report = useSessionReport(sessionId);
  const me = useUser();

  if (sessions.isPending) return <Loading />;
  if (!sessionId) return <Empty>{t('dashboard.empty')}</Empty>;

  return (
    <section className="report">
      <PageTitle sub={sessions.data?.find((s) => s.id === sessionId)?.title}>{t('report.title')}</PageTitle>
      <div className="toolbar">
        <div className="field">
          <label htmlFor="report-session">{t('report.choose')}</label>
          <select id="report-session" value={sessionId} onChange={(e) => navigate(`/reports/${e.target.value}`)}>
            {sessions.data?.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
        <div className="actions">
          <a className="button button--primary" href={sessionReportUrl(sessionId, 'html')} target="_blank" rel="noopener">
            {t('report.print')}
          </a>
          <a className="button button--secondary" href={sessionReportUrl(sessionId, 'docx')} download>
            {t('report.docx')}
          </a>
          <a className="button button--secondary" href={sessionReportUrl(sessionId, 'csv')} download>
            {t('report.csv')}
          </a>
        </div>
      </div>
      <Reported session={sessions.data?.find((s) => s.id === sessionId)} canMark={me.role === 'PartyOffice'} />
      <QueryView query={report}>
        {(r) => (
          <>
            <p className="meta-line">
              <span>{r.wardName}</span>
              <span>{t('report.generatedOn', { date: formatDate(r.generatedOn) })}</span>
              <span>{t('deadline.due', { date: formatDate(r.session.replyDeadline) })}</span>
              <span>
                {t('dashboard.onTime')}: <strong>{formatPercent(r.summary.onTimeShare, lang)}</strong> ({r.summary.onTime}/{r.summary.caseCount})
              </span>
            </p>
            <div className="table-wrap" tabIndex={0} role="region" aria-label={t('report.title')}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('report.col.stt')}</th>
                    <th scope="col">{t('report.col.submitter')}</th>
                    <th scope="col">{t('report.col.content')}</th>
                    <th scope="col">{t('report.col.lead')}</th>
                    <th scope="col">{t('case.department')}</th>
                    <th scope="col">{t('report.col.result')}</th>
                    <th scope="col">{t('report.col.reply')}</th>
                    <th scope="col">{t('report.col.timeliness')}</th>
                  </tr>
                </thead>
                <tbody>
                  {r.rows.map((row) => (
                    <tr key={row.caseId}>
                      <td>{row.itemNumber === 1 ? row.stt : ''}</td>
                      <td>{row.itemNumber === 1 ? row.submitter : ''}</td>
                      <td>
                        <Link to={`/cases/${row.caseId}`}>{row.content}</Link>
                      </td>
                      <td>{row.leadAgency}</td>
                      <td>{row.department ?? t('dashboard.unassigned')}</td>
                      <td>
                        <StatusBadge status={row.status} />{' '}
                        {[row.referredTo && t('report.referredTo', { agency: row.referredTo, letter: row.referralLetter ?? '' }), row.result]
                          .filter(Boolean)
                          .join('. ')}
                      </td>
                      <td>{row.replyNumber ? `${row.replyNumber}, ${formatDate(row.replyIssuedOn)}` : t('app.none')}</td>
                      <td>{t(`timeliness.${row.timeliness}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {r.escalations.length > 0 && (
              <>
                <h2 className="report__escalations">{t('report.escalations')}</h2>
                <ul className="plain-list">
                  {r.escalations.map((e) => (
                    <li key={e.caseId}>
                      <Link to={`/cases/${e.caseId}`}>
                        {e.stt}. {e.content}
                      </Link>{' '}
                      — {e.reasons.map((reason) => t(`reason.${reason}`)).join(', ')}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </QueryView>
    </section>
  );
}

/** Whether the report has gone to the Party Committee; the Party Office marks it, once, after a confirmation. */
function Reported({ session, canMark }: { session: SessionSummary | undefined; canMark: boolean }) {
  const { t } = useI18n();
  const mark = useMarkSessionReported();
  const [confirming, setConfirming] = useState(false);
  if (!session) return null;
  if (session.reportedOn) {
    return (
      <p className="notice notice--success" role="status">
        {t('report.reported', { date: formatDate(session.reportedOn), by: session.reportedBy ?? '' })}
      </p>
    );
  }
  if (!canMark) return <p className="muted">{t('report.notReported')}</p>;
  if (!confirming) {
    return (
      <p className="actions">
        <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
          {t('report.markReported')}
        </button>
      </p>
    );
  }
  return (
    <div className="panel" role="group" aria-label={t('report.markReported')}>
      <p>{t('report.confirmReported', { title: session.title })}</p>
      <CommandError error={mark.error} />
      <p className="actions">
        <button
          type="button"
          className="button button--primary"
          disabled={mark.isPending}
          onClick={() => mark.mutate(session.id, { onSuccess: () => setConfirming(false) })}
        >
          {t('report.confirm')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
          {t('app.cancel')}
        </button>
      </p>
    </div>
  );
}
