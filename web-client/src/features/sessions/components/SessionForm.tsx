import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '@/api/client';
import { useFieldErrors, useOtherFieldErrors } from '@/components/CommandError';
import { Field } from '@/components/Field';
import { FormActions } from '@/components/FormActions';
import { useI18n } from '@/i18n/I18n';
import { createSession } from '../api/createSession';
import { useSessionCommand } from '../api/useSessionCommand';

const fields = ['code', 'title', 'heldOn', 'replyDeadline'];

type Props = { onDone: (code: string) => void; onCancel: () => void };

/**
 * Open a new session. The API's rules (code form, title length, the deadline after the meeting, a code unique in the
 * ward) are checked by the API and its 400 or 409 is shown at each field; only the two dates are checked here, since
 * no date cannot be sent.
 */
export function SessionForm({ onDone, onCancel }: Props) {
  const { t, problem } = useI18n();
  const [code, setCode] = useState('');
  const [title, setTitle] = useState('');
  const [heldOn, setHeldOn] = useState('');
  const [replyDeadline, setReplyDeadline] = useState('');
  const [missing, setMissing] = useState<string[]>([]);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector<HTMLElement>('input')?.focus(), []);

  const save = useSessionCommand(createSession);
  const noMeetingDate = missing.includes('heldOn') ? { heldOn: [{ code: 'session.heldOn.required' as const, args: {} }] } : undefined;
  const fieldErrors = useFieldErrors(save.error, noMeetingDate);
  // A code already used in the ward is a 409, shown at the code field.
  const taken = save.error instanceof ApiError && save.error.code === 'sessionCodeTaken' ? save.error : null;
  // The API has no rule of its own for an empty reply deadline (it would say "after the meeting"), so the form words it.
  const errors = (key: string) =>
    key === 'replyDeadline' && missing.includes(key)
      ? [t('sessions.deadlineRequired')]
      : key === 'code' && taken
        ? [problem(taken.problem)]
        : fieldErrors(key);
  const others = useOtherFieldErrors(save.error, fields);

  function submit(event: FormEvent) {
    event.preventDefault();
    const empty = [heldOn === '' && 'heldOn', replyDeadline === '' && 'replyDeadline'].filter((x): x is string => !!x);
    setMissing(empty);
    if (empty.length > 0) {
      save.reset();
      focusFirstInvalid();
      return;
    }
    save.mutate(
      { code: code.trim(), title: title.trim(), heldOn, replyDeadline },
      { onSuccess: (session) => onDone(session.code), onError: () => focusFirstInvalid() },
    );
  }

  /** After a refusal, the first marked field takes the focus, so a keyboard or screen-reader user lands on it. */
  function focusFirstInvalid() {
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }

  return (
    <form ref={form} className="command-form" onSubmit={submit} noValidate aria-labelledby="session-form-new">
      <h2 id="session-form-new">{t('sessions.createTitle')}</h2>
      <Field label={t('sessions.code')} hint={t('sessions.codeHint')} required errors={errors('code')}>
        {(props) => (
          <input {...props} value={code} autoComplete="off" autoCapitalize="characters" spellCheck={false} onChange={(e) => setCode(e.target.value)} />
        )}
      </Field>
      <Field label={t('sessions.name')} hint={t('sessions.nameHint')} required errors={errors('title')}>
        {(props) => <input {...props} value={title} autoComplete="off" onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <div className="grid-2">
        <Field label={t('sessions.heldOn')} required errors={errors('heldOn')}>
          {(props) => <input {...props} type="date" value={heldOn} onChange={(e) => setHeldOn(e.target.value)} />}
        </Field>
        <Field label={t('sessions.replyDeadline')} hint={t('sessions.replyDeadlineHint')} required errors={errors('replyDeadline')}>
          {(props) => <input {...props} type="date" value={replyDeadline} onChange={(e) => setReplyDeadline(e.target.value)} />}
        </Field>
      </div>
      {others.length > 0 && (
        <ul className="notice notice--error field__errors">
          {others.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      <FormActions
        error={save.error}
        marked={Boolean(taken) || missing.length > 0}
        pending={save.isPending}
        submitLabel={t('sessions.create')}
        onCancel={onCancel}
      />
    </form>
  );
}
