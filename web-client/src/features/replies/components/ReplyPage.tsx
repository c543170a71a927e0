import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import type { ReplyDetail } from '@/api/types';
import { useUser } from '@/lib/auth';
import { StatusBadge } from '@/components/Badges';
import { CommandError, useFieldErrors } from '@/components/CommandError';
import { Field } from '@/components/Field';
import { PageTitle } from '@/components/PageTitle';
import { QueryView } from '@/components/States';
import { formatDate, formatDateTime } from '@/i18n/format';
import { useI18n } from '@/i18n/I18n';
import { useEditReplyDraft } from '../api/editReplyDraft';
import { useReply } from '../api/getReply';
import { useIssueReply } from '../api/issueReply';
import { replyDocumentUrl } from '../api/replyDocument';

/** A written reply: read by the group leader; previewed, issued and downloaded by the office. */
export function ReplyPage() {
  const id = Number(useParams().id);
  const reply = useReply(id);
  return <QueryView query={reply}>{(r) => <ReplyView reply={r} />}</QueryView>;
}

function ReplyView({ reply: r }: { reply: ReplyDetail }) {
  const { t } = useI18n();
  const user = useUser();
  const issue = useIssueReply();
  const issued = r.status === 'Issued';
  const [editing, setEditing] = useState(false);
  const mayEdit = !issued && (user.role === 'Dispatcher' || user.role === 'DepartmentOfficer');
  return (
    <article className="reply">
      <PageTitle
        sub={issued ? t('reply.issued', { number: r.number ?? '', year: r.year ?? '', date: formatDate(r.issuedOn) }) : t('reply.draft')}
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
      <div className={`letter${issued ? '' : ' letter--draft'}`}>
        {!issued && (
          <p className="letter__stamp" aria-hidden="true">
            DỰ THẢO
          </p>
        )}
        <p className="letter__subject">
          <strong>V/v {r.subject}</strong>
        </p>
        <p>{t('reply.to', { organisation: r.organisation })}</p>
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
                {c.result ?? (c.referredTo ? `${t('case.referredTo')}: ${c.referredTo}` : t('reply.noResult'))}
              </p>
              <p>
                <Link to={`/cases/${c.id}`}>{t('case.heading', { id: c.id })}</Link>
              </p>
            </li>
          ))}
        </ol>
        <p className="muted">{t('reply.createdBy', { who: r.createdByName ?? r.createdBy, at: formatDateTime(r.createdAt) })}</p>
      </div>
      {!issued && user.role === 'Dispatcher' && (
        <section className="panel panel--actions" aria-labelledby="issue-title">
          <h2 id="issue-title">{t('reply.issue')}</h2>
          <p>{t('reply.issueConfirm')}</p>
          <CommandError error={issue.error} />
          <button type="button" className="button button--primary" disabled={issue.isPending} onClick={() => issue.mutate(r.id)}>
            {t('reply.issue')}
          </button>
        </section>
      )}
    </article>
  );
}

/** The draft's subject and opening text, reworded before it is issued. */
function EditDraft({ reply, onDone }: { reply: ReplyDetail; onDone: () => void }) {
  const { t } = useI18n();
  const edit = useEditReplyDraft();
  const errors = useFieldErrors(edit.error);
  const [subject, setSubject] = useState(reply.subject);
  const [body, setBody] = useState(reply.body);

  function submit(event: FormEvent) {
    event.preventDefault();
    edit.mutate({ id: reply.id, subject: subject.trim(), body: body.trim() }, { onSuccess: onDone });
  }

  return (
    <form className="panel" aria-labelledby="edit-reply-title" onSubmit={submit} noValidate>
      <h2 id="edit-reply-title">{t('reply.edit')}</h2>
      <Field label={t('reply.subject')} errors={errors('subject')}>
        {(props) => <input {...props} value={subject} onChange={(e) => setSubject(e.target.value)} autoFocus />}
      </Field>
      <Field label={t('reply.body')} hint={t('reply.bodyHint')} errors={errors('body')}>
        {(props) => <textarea {...props} rows={6} value={body} onChange={(e) => setBody(e.target.value)} />}
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
