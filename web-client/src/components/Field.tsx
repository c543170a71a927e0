import { useId, type ReactNode } from 'react';
import { useI18n } from '@/i18n/I18n';

export type ControlProps = {
  id: string;
  'aria-invalid': boolean | undefined;
  'aria-describedby': string | undefined;
  'aria-required': boolean | undefined;
};

type FieldProps = {
  label: string;
  /** Messages to show next to the field (from the API's 400 or the form's own check). */
  errors?: string[];
  hint?: string;
  required?: boolean;
  children: (control: ControlProps) => ReactNode;
  className?: string;
};

/** A labelled control with its hint and its errors, tied together for screen readers. */
export function Field({ label, errors, hint, required, children, className }: FieldProps) {
  const id = useId();
  const { t } = useI18n();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className={`field${errors?.length ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span className="field__required"> {t('app.required')}</span>}
      </label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({
        id,
        'aria-invalid': errors?.length ? true : undefined,
        'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
        'aria-required': required || undefined,
      })}
      {errorId && (
        <ul className="field__errors" id={errorId}>
          {errors!.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
