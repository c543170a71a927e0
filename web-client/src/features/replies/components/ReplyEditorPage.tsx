import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { CommandError, useFieldErrors } from '@/components/CommandError';
import { Field } from '@/components/Field';
import { PageTitle } from '@/components/PageTitle';
import { Empty, QueryView } from '@/components/States';
import { StatusBadge } from '@/components/Badges';
import { useI18n } from '@/i18n/I18n';
import type { PetitionDetail } from '@/api/types';
import { usePetition } from '@/api/petitions/getPetition';
import { useDraftReply } from '../api/draftReply';

/** Draft the written reply to a petition: choose its Resolved/Referred cases, a subject and an opening. */
export default function ReplyEditorPage() {
  const [params] = useSearchParams();
  const petition = usePetition(Number(params.get('petitionId')));
  const preselected = Number(params.get('caseId'));
  return <QueryView query={petition}>{(p) => <Editor petition={p} preselected={preselected} />}</QueryView>;
}

function Editor({ petition: p, preselected }: { petition: PetitionDetail; preselected: number }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const ready = p.cases.filter((c) => c.status === 'Resolved' || c.status === 'Referred');
  const [chosen, setChosen] = useState<number[]>(() =>
    ready.some((c) => c.id === preselected) ? [preselected] : ready.map((c) => c.id),
  );
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const draft = useDraftReply();
  const errors = useFieldErrors(draft.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    draft.mutate(
      { petitionId: p.id, caseIds: chosen, subject: subject.trim() || null, body: body.trim() || null, recipient: null, results: null, closing: null, copiesTo: null, signerId: null },
      { onSuccess: (result) => void navigate(`/replies/${result.id}`) },
    );
  }

  return (
    <section>
      <PageTitle sub={t('reply.forPetition', { number: p.number, organisation: p.organisation })}>{t('reply.editorTitle')}</PageTitle>
      {ready.length === 0 ? (
        <Empty>{t('reply.noReadyCases')}</Empty>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          <fieldset className="fieldset" aria-describedby="reply-cases-hint">
            <legend>{t('reply.cases')}</legend>
            <p className="field__hint" id="reply-cases-hint">
              {t('reply.casesHint')}
            </p>
            {errors('caseIds') && (
              <ul className="field__errors">
                {errors('caseIds').map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            )}
            <ul className="checklist">
              {ready.map((c) => (
                <li key={c.id}>
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={chosen.includes(c.id)}
                      onChange={(e) =>
                        setChosen((current) => (e.target.checked ? [...current, c.id] : current.filter((id) => id !== c.id)))
                      }
                    />
                    <span>
                      <strong>#{c.id}</strong> {c.text} <StatusBadge status={c.status} />
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <Field label={t('reply.subject')} hint={t('reply.subjectHint', { organisation: p.organisation })} errors={errors('subject')}>
            {(props) => <input {...props} value={subject} onChange={(e) => setSubject(e.target.value)} />}
          </Field>
          <Field label={t('reply.body')} hint={t('reply.bodyHint')} errors={errors('body')}>
            {(props) => <textarea {...props} rows={6} value={body} onChange={(e) => setBody(e.target.value)} />}
          </Field>
          <CommandError error={draft.error} />
          <button type="submit" className="button button--primary" disabled={draft.isPending || chosen.length === 0}>
            {t('reply.saveDraft')}
          </button>
        </form>
      )}
    </section>
  );
}
