import { useState, type FormEvent } from 'react';
import type { CaseChange, ProblemCode } from '@/api/types';
import { CommandError, useFieldErrors } from '@/components/CommandError';
import { Field } from '@/components/Field';
import { useI18n } from '@/i18n/I18n';
import { useCaseCommand } from '../api/useCaseCommand';

type Props = {
  title: string;
  label: string;
  /** The body's field as the API names it in a 400 ("reason", "result"). */
  field: string;
  submitLabel: string;
  /** The API's code for an empty field, checked before sending. */
  emptyCode: ProblemCode;
  run: (text: string) => Promise<CaseChange>;
  reload: () => void;
  primary?: boolean;
  /** After the command succeeded, before the case is read again. */
  done?: () => void;
};

/** A case command that takes one text: resolve (result), return and reopen (reason). */
export function TextCommandForm({ title, label, field, submitLabel, emptyCode, run, reload, primary, done }: Props) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);
  const command = useCaseCommand(run, done);
  const errors = useFieldErrors(command.error, empty ? { [field]: [{ code: emptyCode, args: {} }] } : undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    command.mutate(text.trim());
  }

  return (
    <form className="command-form" onSubmit={submit} noValidate>
      <h3>{title}</h3>
      <Field label={label} required errors={errors(field)}>
        {(props) => <textarea {...props} rows={3} value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <CommandError error={command.error} onReload={() => {
        command.reset();
        reload();
      }} />
      <button type="submit" className={`button ${primary ? 'button--primary' : 'button--secondary'}`} disabled={command.isPending}>
        {command.isPending ? t('app.loading') : submitLabel}
      </button>
    </form>
  );
}
