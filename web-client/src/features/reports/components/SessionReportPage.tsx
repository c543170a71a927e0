import { useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { Schemas } from '@/api/client';
import type { SessionSummary } from '@/api/types';
import { useUser } from '@/lib/auth';
import { CommandError, useFieldErrors } from '@/components/CommandError';
import { Confirmation } from '@/components/Confirmation';
import { Field } from '@/components/Field';
import { PageTitle } from '@/components/PageTitle';
import { Empty, Loading, QueryView } from '@/components/States';
import { StatusBadge } from '@/components/Badges';
import { Stars } from '@/components/Stars';
import { useReturnFocus } from '@/components/useReturnFocus';
import { formatDate, formatPercent } from '@/i18n/format';
import { useI18n } from '@/i18n/I18n';
import { useDeadlineWords } from '@/hooks/useDeadlineWords';
import { useSessions } from '@/api/reference/listSessions';
import { useSigners } from '@/api/reference/listSigners';
import { sessionReportUrl, useSessionReport } from '../api/getSessionReport';
import { useMarkSessionReported } from '../api/markSessionReported';
import { formatAverage } from './RatingCard';

type Row = Schemas['GetSessionReportRow'];

/**
 * The session a reader most likely wants when none is named: the newest that has cases (a newly opened round is
 * still empty), else the newest. Sessions come newest first.
 */
export function likelySession(sessions: SessionSummary[]): SessionSummary | undefined {
  return sessions.find((s) => s.caseCount > 0) ?? sessions[0];
}

/** The Party Office's report on a session: the appendix's table with results and replies; print and download. */
export default function SessionReportPage() {
  const { t, lang } = useI18n();
  const resultOf = (row: Row) =>
    [
      row.referredTo && t('report.referredTo', { agency: row.referredTo, letter: row.referralLetter ?? '' }),
      row.refusalReason && t('report.refused', { reason: row.refusalReason }),
      row.result,
    ].filter(Boolean).join('. ');
  const replyOf = (row: Row) => (row.replyNumber ? `${row.replyNumber}, ${formatDate(row.replyIssuedOn)}` : t('app.none'));
  const navigate = useNavigate();
  const sessions = useSessions();
  const param = useParams().sessionId;
  const sessionId = param ? Number(param) : likelySession(sessions.data ?? [])?.id;
  const report = useSessionReport(sessionId);
  const me = useUser();
  const deadlineWords = useDeadlineWords();

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
          <a className="button button--secondary" href={sessionReportUrl(sessionId, 'xlsx')} download>
            {t('report.xlsx')}
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
              <span>{deadlineWords({ dueDate: r.session.replyDeadline, lastWorkingDay: r.session.lastWorkingDay })}</span>
              <span>
                {t('dashboard.onTime')}: <strong>{formatPercent(r.summary.onTimeShare, lang)}</strong> ({r.summary.onTime}/{r.summary.caseCount})
              </span>
              {r.summary.refused > 0 && <span>{t('report.refusedCount', { count: r.summary.refused })}</span>}
              <span className="report__ratings">
                {r.ratings.average == null
                  ? t('report.ratingsNone')
                  : t('report.ratings', { average: formatAverage(r.ratings.average, lang), count: r.ratings.count })}
              </span>
            </p>
            <div className="table-wrap report__table" tabIndex={0} role="region" aria-label={t('report.title')}>
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
                    <th scope="col">{t('report.col.rating')}</th>
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
                        <StatusBadge status={row.status} /> {resultOf(row)}
                      </td>
                      <td>{replyOf(row)}</td>
                      <td>{t(`timeliness.${row.timeliness}`)}</td>
                      <td>
                        <RowRating rating={row.rating} comment={row.ratingComment} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {/* On a phone the table's eight columns do not fit: the same rows as cards, one per case. */}
            <ul className="case-list report__cards" aria-label={t('report.title')}>
              {r.rows.map((row) => (
                <li key={row.caseId} className="case-card">
                  <div className="case-card__head">
                    <strong>{t('report.cardNumber', { stt: row.stt, item: row.itemNumber })}</strong>
                    <StatusBadge status={row.status} />
                    <span>{t(`timeliness.${row.timeliness}`)}</span>
                  </div>
                  <p className="case-card__text">
                    <Link to={`/cases/${row.caseId}`}>{row.content}</Link>
                  </p>
                  <dl className="facts">
                    <dt>{t('report.col.submitter')}</dt>
                    <dd>{row.submitter}</dd>
                    <dt>{t('report.col.lead')}</dt>
                    <dd>{row.leadAgency}</dd>
                    <dt>{t('case.department')}</dt>
                    <dd>{row.department ?? t('dashboard.unassigned')}</dd>
                    <dt>{t('report.col.result')}</dt>
                    <dd>{resultOf(row) || t('app.none')}</dd>
                    <dt>{t('report.col.reply')}</dt>
                    <dd>{replyOf(row)}</dd>
                    {row.rating != null && (
                      <>
                        <dt>{t('report.col.rating')}</dt>
                        <dd>
                          <RowRating rating={row.rating} comment={row.ratingComment} />
                        </dd>
                      </>
                    )}
                  </dl>
                </li>
              ))}
            </ul>
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
  const signers = useSigners();
  const [confirming, setConfirming] = useState(false);
  const [signerId, setSignerId] = useState<number | null>(null);
  const reportSigners = (signers.data?.signers ?? []).filter((s) => !s.signsReplies && !s.disabled);
  const chosen = signerId ?? signers.data?.reportSignerId ?? null;
  const errors = useFieldErrors(mark.error);
  const markButton = useRef<HTMLButtonElement>(null);
  useReturnFocus(confirming, () => markButton.current);
  if (!session) return null;
  if (session.reportedOn) {
    return (
      <p className="notice notice--success" role="status">
        {t('report.reported', { date: formatDate(session.reportedOn), by: session.reportedByName ?? session.reportedBy ?? '' })}
      </p>
    );
  }
  if (!canMark) return <p className="muted">{t('report.notReported')}</p>;
  if (!confirming) {
    return (
      <p className="actions">
        <button ref={markButton} type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
          {t('report.markReported')}
        </button>
      </p>
    );
  }
  return (
    <>
      <Field label={t('report.signer')} hint={t('report.signerHint')} errors={errors('signerId')}>
        {(props) => (
          <select {...props} value={chosen ?? ''} onChange={(e) => setSignerId(e.target.value ? Number(e.target.value) : null)}>
            {reportSigners.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} – {s.position}
              </option>
            ))}
          </select>
        )}
      </Field>
      <CommandError error={mark.error} />
      <Confirmation
        confirmLabel={t('report.confirm')}
        pending={mark.isPending}
        onConfirm={() => mark.mutate({ id: session.id, signerId: chosen }, { onSuccess: () => setConfirming(false) })}
        onCancel={() => setConfirming(false)}
      >
        {t('report.confirmReported', { title: session.title })}
      </Confirmation>
    </>
  );
}

/** A row's satisfaction rating: "4/5" with its stars, the comment below. */
function RowRating({ rating, comment }: { rating: number | null; comment: string | null }) {
  const { t } = useI18n();
  if (rating == null) return null;
  return (
    <>
      <Stars rating={rating} label={t('rating.given', { rating })} /> {rating}/5
      {comment && <span className="rating__comment-inline">“{comment}”</span>}
    </>
  );
}
