import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import type { ReplyDetail } from '@/api/types';
import { useSigners } from '@/api/reference/listSigners';
import { useUser } from '@/lib/auth';
import { StatusBadge } from '@/components/Badges';
import { CommandError, useFieldErrors } from '@/components/CommandError';
import { Confirmation } from '@/components/Confirmation';
import { Field } from '@/components/Field';
import { PageTitle } from '@/components/PageTitle';
import { QueryView } from '@/components/States';
import { formatDate, formatDateTime } from '@/i18n/format';
import { useI18n } from '@/i18n/I18n';
import { useEditReplyDraft } from '../api/editReplyDraft';
import { useReply } from '../api/getReply';
import { useReplyStep, type ReplyStep } from '../api/replySteps';
import { replyDocumentUrl } from '../api/replyDocument';
import { ReplyFiles } from './ReplyFiles';

/** A written reply: read by the group leader; worded, submitted, signed, registered and sent by the office. */
export function ReplyPage() {
  const id = Number(useParams().id);
  const reply = useReply(id);
  return <QueryView query={reply}>{(r) => <ReplyView reply={r} />}</QueryView>;
}

function ReplyView({ reply: r }: { reply: ReplyDetail }) {
  const { t } = useI18n();
  const user = useUser();
  const draft = r.status === 'Draft' || r.status === 'Submitted';
  const [editing, setEditing] = useState(false);
  const staff = user.role === 'Dispatcher' || user.role === 'DepartmentOfficer';
  const mayEdit = r.status === 'Draft' && staff;
  return (
    <article className="reply">
      <PageTitle
        sub={
          r.isOut
            ? `${t(`replyStatus.${r.status}`)} – ${t('reply.issued', { number: r.number ?? '', year: r.year ?? '', date: formatDate(r.issuedOn) })}`
            : t(`replyStatus.${r.status}`)
        }
      >
        {t('reply.title')}
      </PageTitle>
      <div className="actions">
        <a className="button button--secondary" href={replyDocumentUrl(r.id)} download>
          {t('reply.download')}
        </a>
        <a className="button button--ghost" href={replyDocumentUrl(r.id, 'html')} target="_blank" rel="noopener">
          {t('reply.print')}
        </a>
        {mayEdit && !editing && (
          <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
            {t('reply.edit')}
          </button>
        )}
      </div>
      {editing && <EditDraft reply={r} onDone={() => setEditing(false)} />}
      <div className={`letter${draft ? ' letter--draft' : ''}`}>
        {draft && (
          <p className="letter__stamp" aria-hidden="true">
            DỰ THẢO
          </p>
        )}
        <p className="letter__subject">
          <strong>V/v {r.subject}</strong>
        </p>
        <p>{t('reply.to', { organisation: r.recipient ?? r.organisation })}</p>
        {r.body &&
          r.body.split(/\n+/).map((paragraph, i) => (
            <p key={i} className="letter__body">
              {paragraph}
            </p>
          ))}
        <ol className="letter__cases">
          {r.cases.map((c) => (
            <li key={c.id}>
              <p className="letter__question">{c.text}</p>
              <p>
                <StatusBadge status={c.status} /> {c.departmentName && <span className="muted">{c.departmentName}</span>}
              </p>
              <p>
                <strong>{t('reply.caseResult')}:</strong>{' '}
                {c.resultWording ?? c.result ?? (c.referredTo ? `${t('case.referredTo')}: ${c.referredTo}` : t('reply.noResult'))}
              </p>
              <p>
                <Link to={`/cases/${c.id}`}>{t('case.heading', { id: c.id })}</Link>
              </p>
            </li>
          ))}
        </ol>
        {r.closing && <p className="letter__body">{r.closing}</p>}
        <p>
          <strong>{t('reply.signer')}:</strong> {r.signer ?? t('reply.noSigner')}
        </p>
        <p className="muted">{t('reply.createdBy', { who: r.createdByName ?? r.createdBy, at: formatDateTime(r.createdAt) })}</p>
      </div>
      {r.isOut && <ReplyFiles reply={r} />}
      {staff && <Steps reply={r} />}
      {r.history.length > 0 && (
        <section className="panel" aria-labelledby="reply-history">
          <h2 id="reply-history">{t('reply.history')}</h2>
          <ol className="plain-list">
            {r.history.map((step, i) => (
              <li key={i}>
                {formatDateTime(step.at)} – {step.actorName ?? step.actor}: {t(`replyAction.${step.action}`)} ({t(`replyStatus.${step.to}`)})
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}

/** What the office may do next with the letter: each step by the role that takes it, the final ones confirmed. */
function Steps({ reply: r }: { reply: ReplyDetail }) {
  const { t } = useI18n();
  const user = useUser();
  const step = useReplyStep();
  const [asking, setAsking] = useState<ReplyStep | null>(null);
  const [reason, setReason] = useState('');
  const errors = useFieldErrors(step.error);
  const dispatcher = user.role === 'Dispatcher';
  const run = (next: ReplyStep) => step.mutate({ id: r.id, step: next, reason }, { onSuccess: () => setAsking(null) });
  const confirmed: Partial<Record<ReplyStep, string>> = {
    sign: t('reply.signConfirm', { signer: r.signer ?? '' }),
    register: t('reply.registerConfirm'),
    send: t('reply.sendConfirm'),
  };
  const next: ReplyStep[] =
    r.status === 'Draft' ? ['submit'] : !dispatcher ? [] : r.status === 'Submitted' ? ['sign', 'return'] : r.status === 'Signed' ? ['register'] : r.status === 'Registered' ? ['send'] : [];
  if (next.length === 0) return null;
  return (
    <section className="panel panel--actions" aria-labelledby="steps-title">
      <h2 id="steps-title">{t('reply.stepsTitle')}</h2>
      {r.status === 'Draft' && <p>{t('reply.submitHint')}</p>}
      {r.status === 'Submitted' && !r.signer && <p>{t('reply.noSigner')}</p>}
      <CommandError error={step.error} />
      {asking && confirmed[asking] ? (
        <Confirmation confirmLabel={t(`reply.${asking}`)} pending={step.isPending} onConfirm={() => run(asking)} onCancel={() => setAsking(null)}>
          {confirmed[asking]}
        </Confirmation>
      ) : asking === 'return' ? (
        <form
          className="command-form"
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            run('return');
          }}
          noValidate
        >
          <Field label={t('reply.returnReason')} required errors={errors('reason')}>
            {(props) => <textarea {...props} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />}
          </Field>
          <p className="actions">
            <button type="submit" className="button button--primary" disabled={step.isPending}>
              {t('reply.return')}
            </button>
            <button type="button" className="button button--ghost" onClick={() => setAsking(null)}>
              {t('app.cancel')}
            </button>
          </p>
        </form>
      ) : (
        <p className="actions">
          {next.map((s, i) => (
            <button
              key={s}
              type="button"
              className={`button ${i === 0 ? 'button--primary' : 'button--secondary'}`}
              disabled={step.isPending}
              onClick={() => (s === 'submit' ? run(s) : setAsking(s))}
            >
              {t(`reply.${s}`)}
            </button>
          ))}
        </p>
      )}
    </section>
  );
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);

/** The draft's words of the letter, reworded before it is submitted; each left empty prints its default. */
function EditDraft({ reply, onDone }: { reply: ReplyDetail; onDone: () => void }) {
  const { t } = useI18n();
  const edit = useEditReplyDraft();
  const signers = useSigners();
  const errors = useFieldErrors(edit.error);
  const [subject, setSubject] = useState(reply.subject);
  const [body, setBody] = useState(reply.body);
  const [recipient, setRecipient] = useState(reply.recipient ?? '');
  const [closing, setClosing] = useState(reply.closing ?? '');
  const [copiesTo, setCopiesTo] = useState((reply.copiesTo ?? []).join('\n'));
  const [results, setResults] = useState<Record<number, string>>(() =>
    Object.fromEntries(reply.cases.map((c) => [c.id, c.resultWording ?? ''])),
  );
  const [signerId, setSignerId] = useState(reply.signerId ?? 0);
  const replySigners = (signers.data?.signers ?? []).filter((s) => s.signsReplies && (!s.disabled || s.id === reply.signerId));

  function submit(event: FormEvent) {
    event.preventDefault();
    const copies = lines(copiesTo);
    edit.mutate(
      {
        id: reply.id,
        subject: subject.trim(),
        body: body.trim(),
        recipient: recipient.trim() || null,
        closing: closing.trim() || null,
        copiesTo: copies.length > 0 ? copies : null,
        results: reply.cases.filter((c) => results[c.id]?.trim()).map((c) => ({ caseId: c.id, text: results[c.id].trim() })),
        signerId: signerId || null,
      },
      { onSuccess: onDone },
    );
  }

  return (
    <form className="panel" aria-labelledby="edit-reply-title" onSubmit={submit} noValidate>
      <h2 id="edit-reply-title">{t('reply.edit')}</h2>
      <Field label={t('reply.recipient')} hint={t('reply.recipientHint')} errors={errors('recipient')}>
        {(props) => <input {...props} value={recipient} onChange={(e) => setRecipient(e.target.value)} autoFocus />}
      </Field>
      <Field label={t('reply.subject')} errors={errors('subject')}>
        {(props) => <input {...props} value={subject} onChange={(e) => setSubject(e.target.value)} />}
      </Field>
      <Field label={t('reply.body')} hint={t('reply.bodyHint')} errors={errors('body')}>
        {(props) => <textarea {...props} rows={6} value={body} onChange={(e) => setBody(e.target.value)} />}
      </Field>
      {reply.cases.map((c, i) => (
        <Field key={c.id} label={t('reply.resultWording', { index: i + 1 })} hint={t('reply.resultWordingHint')} errors={errors(`results[${i}].text`)}>
          {(props) => (
            <textarea {...props} rows={3} value={results[c.id] ?? ''} placeholder={c.result ?? ''} onChange={(e) => setResults({ ...results, [c.id]: e.target.value })} />
          )}
        </Field>
      ))}
      <Field label={t('reply.closing')} hint={t('reply.defaultHint')} errors={errors('closing')}>
        {(props) => <textarea {...props} rows={3} value={closing} onChange={(e) => setClosing(e.target.value)} />}
      </Field>
      <Field label={t('reply.copiesTo')} hint={t('reply.defaultHint')} errors={errors('copiesTo')}>
        {(props) => <textarea {...props} rows={4} value={copiesTo} onChange={(e) => setCopiesTo(e.target.value)} />}
      </Field>
      <Field label={t('reply.signer')} errors={errors('signerId')}>
        {(props) => (
          <select {...props} value={signerId} onChange={(e) => setSignerId(Number(e.target.value))}>
            <option value={0}>{t('reply.signerDefault')}</option>
            {replySigners.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} – {s.position}
              </option>
            ))}
          </select>
        )}
      </Field>
      <CommandError error={edit.error} />
      <p className="actions">
        <button type="submit" className="button button--primary" disabled={edit.isPending}>
          {t('reply.saveDraft')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('app.cancel')}
        </button>
      </p>
    </form>
  );
}
