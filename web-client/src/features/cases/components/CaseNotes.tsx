import { useState, type FormEvent } from 'react';
import type { CaseDetail, HistoryEntry, NoteKind } from '@/api/types';
import { useUser } from '@/lib/auth';
import { CommandError, useFieldErrors } from '@/components/CommandError';
import { Field } from '@/components/Field';
import { formatDateTime } from '@/i18n/format';
import { useI18n } from '@/i18n/I18n';
import { addNote } from '../api/addNote';
import { useCaseCommand } from '../api/useCaseCommand';

type Props = { detail: CaseDetail; etag: string; reload: () => void };

const kindOf = (entry: HistoryEntry): NoteKind | null =>
  entry.action === 'Note' ? 'Internal' : entry.action === 'Progress' ? 'Progress' : null;

const textOf = (entry: HistoryEntry): string => {
  const details = entry.details as { text?: unknown } | null;
  return typeof details?.text === 'string' ? details.text : '';
};

/**
 * The case's notes and progress updates, newest first, read from its history (a group leader's history holds no
 * internal note); staff add one below.
 */
export function CaseNotes({ detail, etag, reload }: Props) {
  const { t } = useI18n();
  const user = useUser();
  const leader = user.role === 'GroupLeader';
  const staff = user.role === 'Dispatcher' || user.role === 'DepartmentOfficer';
  const notes = detail.history.map((entry, index) => ({ ...entry, index })).filter((e) => kindOf(e) !== null).reverse();
  if (leader && notes.length === 0) return null;
  return (
    <section aria-labelledby="case-notes" className="panel">
      <h2 id="case-notes">{t(leader ? 'notes.leaderTitle' : 'notes.title')}</h2>
      {notes.length === 0 ? (
        <p>{t('notes.empty')}</p>
      ) : (
        <ul className="plain-list notes">
          {notes.map((note) => (
            <li key={note.index} className={`note note--${kindOf(note)}`}>
              <p className="note__meta">
                {!leader && <span className={`badge badge--note-${kindOf(note)}`}>{t(`notes.badge.${kindOf(note)!}`)}</span>}{' '}
                <time dateTime={note.at}>{formatDateTime(note.at)}</time> · {note.actorName ?? note.actor}
              </p>
              <p className="note__text">{textOf(note)}</p>
            </li>
          ))}
        </ul>
      )}
      {staff && detail.status !== 'Closed' && <NoteForm detail={detail} etag={etag} reload={reload} />}
    </section>
  );
}

function NoteForm({ detail, etag, reload }: Props) {
  const { t } = useI18n();
  const [kind, setKind] = useState<NoteKind>('Internal');
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);
  const [saved, setSaved] = useState(false);
  const command = useCaseCommand(() => addNote(detail.id, etag, kind, text.trim()));
  const errors = useFieldErrors(command.error, empty ? { text: [{ code: 'case.note.text.required', args: {} }] } : undefined);
  // A replied case takes no progress update (its reply speaks for it): the lifecycle refuses one.
  const kinds: NoteKind[] = detail.status === 'Replied' ? ['Internal'] : ['Internal', 'Progress'];

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    if (!text.trim()) {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    command.mutate(undefined, {
      onSuccess: () => {
        setText('');
        setSaved(true);
      },
    });
  }

  return (
    <form className="command-form" onSubmit={submit} noValidate aria-labelledby="note-title">
      <h3 id="note-title">{t('notes.add')}</h3>
      <fieldset className="fieldset">
        <legend>{t('notes.kind')}</legend>
        {kinds.map((k) => (
          <label key={k} className="check">
            <input type="radio" name="note-kind" checked={kind === k} onChange={() => setKind(k)} />
            {t(`notes.kind.${k}`)}
          </label>
        ))}
      </fieldset>
      <Field label={t('notes.text')} required errors={errors('text')}>
        {(props) => <textarea {...props} rows={3} value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <CommandError error={command.error} onReload={() => {
        command.reset();
        reload();
      }} />
      <p role="status" className="muted">{saved ? t('notes.saved') : ''}</p>
      <button type="submit" className="button button--secondary" disabled={command.isPending}>
        {command.isPending ? t('app.loading') : t('notes.submit')}
      </button>
    </form>
  );
}
