import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiError } from '@/api/client';
import type { NoticePreview } from '@/api/types';
import { CommandError, useFieldErrors } from '@/components/CommandError';
import { Field } from '@/components/Field';
import { PageTitle } from '@/components/PageTitle';
import { useI18n } from '@/i18n/I18n';
import { useUser } from '@/lib/auth';
import { usePreviewNotice } from '../api/previewNotice';
import { draftOf } from './NoticeDraft';
import { focusInvalid } from './focus';
import { NoticePreviewForm } from './NoticePreviewForm';

type Done = { petitions: number; cases: number; code: string; created: boolean };

/**
 * For the dispatcher and the Party Office: the meeting notice (its .docx, or its appendix pasted) becomes an editable
 * preview; once confirmed, its session, petitions and cases exist and the cases wait in triage.
 */
export default function NoticeImportPage() {
  const { t } = useI18n();
  const [preview, setPreview] = useState<NoticePreview | null>(null);
  const [done, setDone] = useState<Done | null>(null);

  if (done) return <Result done={done} onAgain={() => setDone(null)} />;

  return (
    <section>
      <PageTitle sub={t('notices.intro')}>{t('notices.title')}</PageTitle>
      {preview ? (
        <NoticePreviewForm
          key={preview.document.id}
          preview={preview}
          initial={draftOf(preview)}
          onDone={(result) => {
            setPreview(null);
            setDone(result);
          }}
          onCancel={() => setPreview(null)}
        />
      ) : (
        <SourceForm onPreview={setPreview} />
      )}
    </section>
  );
}

function SourceForm({ onPreview }: { onPreview: (preview: NoticePreview) => void }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<'file' | 'text'>('file');
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const read = usePreviewNotice();
  const local = missing ? { [kind]: [{ code: kind === 'file' ? ('notice.file.required' as const) : ('notice.text.required' as const), args: {} }] } : undefined;
  const errors = useFieldErrors(read.error, local);
  const form = useRef<HTMLFormElement>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const empty = kind === 'file' ? !file : text.trim() === '';
    setMissing(empty);
    if (empty) {
      read.reset();
      focusInvalid(form.current);
      return;
    }
    read.mutate(kind === 'file' ? { file: file! } : { text }, { onSuccess: onPreview, onError: () => focusInvalid(form.current) });
  }

  return (
    <form ref={form} className="form" onSubmit={submit} noValidate aria-labelledby="notice-source">
      <h2 id="notice-source">{t('notices.sourceTitle')}</h2>
      <fieldset className="fieldset">
        <legend>{t('notices.kind')}</legend>
        <label className="check">
          <input type="radio" name="kind" checked={kind === 'file'} onChange={() => setKind('file')} />
          {t('notices.kindFile')}
        </label>
        <label className="check">
          <input type="radio" name="kind" checked={kind === 'text'} onChange={() => setKind('text')} />
          {t('notices.kindText')}
        </label>
      </fieldset>
      {kind === 'file' ? (
        <Field label={t('notices.file')} hint={t('notices.fileHint')} required errors={errors('file')}>
          {(props) => (
            <input
              {...props}
              type="file"
              accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          )}
        </Field>
      ) : (
        <Field label={t('notices.text')} hint={t('notices.textHint')} required errors={errors('text')}>
          {(props) => <textarea {...props} rows={12} value={text} spellCheck={false} onChange={(e) => setText(e.target.value)} />}
        </Field>
      )}
      {!missing && !(read.error instanceof ApiError && read.error.status === 400) && <CommandError error={read.error} />}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={read.isPending}>
          {read.isPending ? t('notices.reading') : t('notices.read')}
        </button>
      </div>
    </form>
  );
}

function Result({ done, onAgain }: { done: Done; onAgain: () => void }) {
  const { t } = useI18n();
  const user = useUser();
  const next = user.role === 'Dispatcher' ? { to: '/triage', label: t('notices.toTriage') } : { to: '/cases', label: t('notices.toCases') };
  return (
    <section>
      <PageTitle>{t('notices.title')}</PageTitle>
      <div className="notice notice--success" role="status">
        <p>
          {done.created
            ? t('notices.done', { petitions: done.petitions, cases: done.cases, code: done.code })
            : t('notices.doneBefore', { code: done.code })}
        </p>
        <p className="actions">
          <Link className="button button--primary" to={next.to}>
            {next.label}
          </Link>
          <button type="button" className="button button--secondary" onClick={onAgain}>
            {t('notices.again')}
          </button>
        </p>
      </div>
    </section>
  );
}
