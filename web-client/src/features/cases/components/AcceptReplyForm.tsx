import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { CaseChange } from '@/api/types';
import { CommandError, useFieldErrors } from '@/components/CommandError';
import { Field } from '@/components/Field';
import { useI18n } from '@/i18n/I18n';
import type { MessageKey } from '@/i18n/messages';
import type { Acceptance } from '../api/closeCase';
import { useCaseCommand } from '../api/useCaseCommand';

const stars = [1, 2, 3, 4, 5] as const;

/**
 * The group leader accepts the reply (closing the case cannot be undone, so it is asked once more) and may say how
 * satisfied they are: a rating of 1 to 5 stars (radio buttons, "no rating" first and chosen) and a comment with it.
 */
export function AcceptReplyForm({
  run,
  onCancel,
  reload,
}: {
  run: (acceptance: Acceptance) => Promise<CaseChange>;
  onCancel: () => void;
  reload: () => void;
}) {
  const { t } = useI18n();
  const [rating, setRating] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [commentWithoutRating, setCommentWithoutRating] = useState(false);
  const command = useCaseCommand(run);
  const errors = useFieldErrors(
    command.error,
    commentWithoutRating ? { comment: [{ code: 'case.close.comment.withoutRating', args: {} }] } : undefined,
  );
  const box = useRef<HTMLFormElement>(null);
  useEffect(() => box.current?.focus(), []);
  const legendId = useId();
  const ratingErrors = errors('rating');

  function submit(event: FormEvent) {
    event.preventDefault();
    const text = comment.trim();
    if (text && rating === null) {
      setCommentWithoutRating(true);
      return;
    }
    setCommentWithoutRating(false);
    command.mutate({ rating, comment: text || null });
  }

  return (
    <form ref={box} tabIndex={-1} className="notice notice--warning command-form" onSubmit={submit} noValidate aria-label={t('close.submit')}>
      <p>{t('close.question')}</p>
      <fieldset className="fieldset rating" aria-describedby={ratingErrors?.length ? `${legendId}-error` : undefined}>
        <legend id={legendId}>{t('rating.legend')}</legend>
        <div className="rating__choices">
          <label className="rating__choice">
            <input type="radio" name="rating" value="" checked={rating === null} onChange={() => setRating(null)} />
            <span>{t('rating.none')}</span>
          </label>
          {stars.map((n) => (
            <label key={n} className="rating__choice">
              <input type="radio" name="rating" value={n} checked={rating === n} onChange={() => setRating(n)} />
              <span className="rating__stars" aria-hidden="true">
                {'★'.repeat(n)}
                <span className="rating__empty">{'★'.repeat(5 - n)}</span>
              </span>
              <span>{t(`rating.star.${n}` as MessageKey)}</span>
            </label>
          ))}
        </div>
        {ratingErrors?.length ? (
          <ul className="field__errors" id={`${legendId}-error`}>
            {ratingErrors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        ) : null}
      </fieldset>
      <Field label={t('rating.comment')} hint={t('rating.commentHint')} errors={errors('comment')}>
        {(props) => <textarea {...props} rows={3} maxLength={1000} value={comment} onChange={(e) => setComment(e.target.value)} />}
      </Field>
      <CommandError error={command.error} onReload={() => {
        command.reset();
        reload();
      }} />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={command.isPending}>
          {command.isPending ? t('app.loading') : t('close.confirm')}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t('app.cancel')}
        </button>
      </div>
    </form>
  );
}
