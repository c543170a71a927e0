import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '@/api/client';
import type { Category, NoticePreview } from '@/api/types';
import { CommandError, useFieldErrors, useOtherFieldErrors, type FieldCodes } from '@/components/CommandError';
import { Confirmation } from '@/components/Confirmation';
import { Field } from '@/components/Field';
import { useReturnFocus } from '@/components/useReturnFocus';
import { formatDate } from '@/i18n/format';
import { useI18n } from '@/i18n/I18n';
import type { MessageKey } from '@/i18n/messages';
import { useCategories } from '@/api/reference/listCategories';
import { useDepartments } from '@/api/reference/listDepartments';
import { useSessions } from '@/api/reference/listSessions';
import { useConfirmNotice } from '../api/confirmNotice';
import { commandOf, type ItemDraft, type NoticeDraft, type PetitionDraft, type SessionDraft } from './NoticeDraft';
import { focusInvalid } from './focus';

type Props = {
  preview: NoticePreview;
  initial: NoticeDraft;
  onDone: (result: { petitions: number; cases: number; code: string; created: boolean }) => void;
  onCancel: () => void;
};

const reasons: Record<string, MessageKey> = {
  outsidePetition: 'notices.reason.outsidePetition',
  noNumber: 'notices.reason.noNumber',
  afterNote: 'notices.reason.afterNote',
};

/** The editable preview: the session, each petition's submitter, each item's text, category and department; then confirm. */
export function NoticePreviewForm({ preview, initial, onDone, onCancel }: Props) {
  const { t, problem } = useI18n();
  const [draft, setDraft] = useState(initial);
  const [confirming, setConfirming] = useState(false);
  const [missing, setMissing] = useState<string[]>([]);
  const confirm = useConfirmNotice();
  const sessions = useSessions();
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const submitButton = useRef<HTMLButtonElement>(null);

  // The preview replaces the source form: its heading takes the focus so a screen reader starts reading there.
  useEffect(() => heading.current?.focus(), []);
  useReturnFocus(confirming, () => submitButton.current);

  const local: FieldCodes = missing.includes('session.heldOn') ? { 'session.heldOn': [{ code: 'session.heldOn.required', args: {} }] } : {};
  const fieldErrors = useFieldErrors(confirm.error, local);
  const taken = confirm.error instanceof ApiError && confirm.error.code === 'sessionCodeTaken' ? confirm.error : null;
  const errors = (key: string) =>
    key === 'session.replyDeadline' && missing.includes(key)
      ? [t('sessions.deadlineRequired')]
      : key === 'session.code' && taken
        ? [problem(taken.problem)]
        : fieldErrors(key);
  const shown = [
    'session.code', 'session.title', 'session.heldOn', 'session.replyDeadline',
    ...draft.petitions.flatMap((p, i) => [
      ...['name', 'title', 'organisation', 'area'].map((f) => `petitions[${i}].submitter.${f}`),
      `petitions[${i}].leadAgency`, `petitions[${i}].note`,
      ...p.items.flatMap((_, j) => ['text', 'category', 'departmentId'].map((f) => `petitions[${i}].items[${j}].${f}`)),
    ]),
  ];
  const others = useOtherFieldErrors(confirm.error, shown);

  const useExisting = draft.useExisting && draft.existingSessionId !== null;
  const existing = sessions.data?.find((s) => s.id === draft.existingSessionId);
  const code = useExisting ? (existing?.code ?? draft.existingCode) : draft.session.code.trim();
  const caseCount = draft.petitions.reduce((sum, p) => sum + p.items.length, 0);
  const matched = draft.petitions.filter((p) => p.account).length;

  const setSession = (change: Partial<SessionDraft>) => setDraft((d) => ({ ...d, session: { ...d.session, ...change } }));
  const setPetition = (index: number, change: Partial<PetitionDraft>) =>
    setDraft((d) => ({ ...d, petitions: d.petitions.map((p, i) => (i === index ? { ...p, ...change } : p)) }));
  const setItem = (index: number, itemIndex: number, change: Partial<ItemDraft>) =>
    setDraft((d) => ({
      ...d,
      petitions: d.petitions.map((p, i) =>
        i === index ? { ...p, items: p.items.map((item, j) => (j === itemIndex ? { ...item, ...change } : item)) } : p,
      ),
    }));

  function ask(event: FormEvent) {
    event.preventDefault();
    const empty = useExisting
      ? []
      : [draft.session.heldOn === '' && 'session.heldOn', draft.session.replyDeadline === '' && 'session.replyDeadline'].filter(
          (x): x is string => !!x,
        );
    setMissing(empty);
    if (empty.length > 0) {
      confirm.reset();
      focusInvalid(form.current);
      return;
    }
    confirm.reset();
    setConfirming(true);
  }

  function send() {
    confirm.mutate(commandOf(draft), {
      onSuccess: (result) => onDone({ petitions: result.petitionIds.length, cases: result.caseIds.length, code, created: result.created }),
      onError: () => {
        setConfirming(false);
        focusInvalid(form.current);
      },
    });
  }

  return (
    <form ref={form} className="form notice-preview" onSubmit={ask} noValidate aria-labelledby="notice-preview">
      <h2 id="notice-preview" ref={heading} tabIndex={-1}>
        {t('notices.previewTitle')}
      </h2>
      <p>{t('notices.summary', { petitions: draft.petitions.length, cases: caseCount, matched, unmatched: draft.petitions.length - matched })}</p>
      {draft.importedSessionId !== null && (
        <p className="notice notice--warning">{t('notices.importedBefore')}</p>
      )}

      <fieldset className="fieldset">
        <legend>{t('notices.session')}</legend>
        {draft.existingSessionId !== null && (
          <div className="checklist">
            <label className="check">
              <input type="radio" name="session-choice" checked={useExisting} onChange={() => setDraft((d) => ({ ...d, useExisting: true }))} />
              {t('notices.useExisting', { code: existing?.code ?? draft.existingCode, title: existing?.title ?? '' })}
            </label>
            <label className="check">
              <input type="radio" name="session-choice" checked={!useExisting} onChange={() => setDraft((d) => ({ ...d, useExisting: false }))} />
              {t('notices.newSession')}
            </label>
          </div>
        )}
        {useExisting ? (
          existing && (
            <p className="muted">
              {t('notices.existingDates', { heldOn: formatDate(existing.heldOn), deadline: formatDate(existing.replyDeadline) })}
            </p>
          )
        ) : (
          <>
            <div className="grid-2">
              <Field label={t('sessions.code')} hint={t('sessions.codeHint')} required errors={errors('session.code')}>
                {(props) => (
                  <input {...props} value={draft.session.code} autoComplete="off" spellCheck={false} onChange={(e) => setSession({ code: e.target.value })} />
                )}
              </Field>
              <Field label={t('sessions.name')} required errors={errors('session.title')}>
                {(props) => <input {...props} value={draft.session.title} autoComplete="off" onChange={(e) => setSession({ title: e.target.value })} />}
              </Field>
              <Field label={t('sessions.heldOn')} required errors={errors('session.heldOn')}>
                {(props) => <input {...props} type="date" value={draft.session.heldOn} onChange={(e) => setSession({ heldOn: e.target.value })} />}
              </Field>
              <Field label={t('sessions.replyDeadline')} hint={t('sessions.replyDeadlineHint')} required errors={errors('session.replyDeadline')}>
                {(props) => (
                  <input {...props} type="date" value={draft.session.replyDeadline} onChange={(e) => setSession({ replyDeadline: e.target.value })} />
                )}
              </Field>
            </div>
          </>
        )}
      </fieldset>

      {preview.unmatchedOrganisations.length > 0 && (
        <section className="panel" aria-labelledby="notice-unmatched">
          <h3 id="notice-unmatched">{t('notices.unmatchedTitle')}</h3>
          <p className="muted">{t('notices.unmatchedIntro')}</p>
          <ul className="plain-list">
            {preview.unmatchedOrganisations.map((name) => (
              <li key={name}>
                <span className="badge badge--unmatched">{t('notices.unmatched')}</span> {name}
              </li>
            ))}
          </ul>
        </section>
      )}

      {preview.unparsed.length > 0 && (
        <section className="panel panel--warning" aria-labelledby="notice-unparsed">
          <h3 id="notice-unparsed">{t('notices.unparsedTitle', { count: preview.unparsed.length })}</h3>
          <p className="muted">{t('notices.unparsedIntro')}</p>
          <ul className="plain-list">
            {preview.unparsed.map((line) => (
              <li key={`${line.line}-${line.text}`}>
                <strong>{t('notices.line', { line: line.line })}</strong> {line.text}{' '}
                <span className="muted">({reasons[line.reason] ? t(reasons[line.reason]) : line.reason})</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="notice-petitions">
        <h3 id="notice-petitions">{t('notices.petitions', { count: draft.petitions.length })}</h3>
        <ol className="items">
          {draft.petitions.map((petition, index) => (
            <PetitionCard
              key={petition.number}
              petition={petition}
              index={index}
              errors={errors}
              onChange={(change) => setPetition(index, change)}
              onItemChange={(itemIndex, change) => setItem(index, itemIndex, change)}
            />
          ))}
        </ol>
      </section>

      {others.length > 0 && (
        <ul className="notice notice--error field__errors">
          {others.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      {taken || missing.length > 0 ? (
        <p className="notice notice--error" role="alert">
          {t('app.fixErrors')}
        </p>
      ) : (
        <CommandError error={confirm.error} />
      )}

      {confirming ? (
        <Confirmation confirmLabel={t('notices.confirmYes')} pending={confirm.isPending} onConfirm={send} onCancel={() => setConfirming(false)}>
          {useExisting
            ? t('notices.confirmExisting', { petitions: draft.petitions.length, cases: caseCount, code })
            : t('notices.confirmNew', { petitions: draft.petitions.length, cases: caseCount, code })}
        </Confirmation>
      ) : (
        <div className="actions">
          <button ref={submitButton} type="submit" className="button button--primary">
            {t('notices.confirm', { petitions: draft.petitions.length })}
          </button>
          <button type="button" className="button button--ghost" onClick={onCancel}>
            {t('notices.startOver')}
          </button>
        </div>
      )}
    </form>
  );
}

type CardProps = {
  petition: PetitionDraft;
  index: number;
  errors: (key: string) => string[] | undefined;
  onChange: (change: Partial<PetitionDraft>) => void;
  onItemChange: (itemIndex: number, change: Partial<ItemDraft>) => void;
};

function PetitionCard({ petition, index, errors, onChange, onItemChange }: CardProps) {
  const { t, lang } = useI18n();
  const categories = useCategories();
  const departments = useDepartments();
  const key = `petitions[${index}]`;

  return (
    <li className="item">
      <fieldset className="item__fields">
        <legend>{t('notices.petition', { number: petition.number })}</legend>
        <p className="meta-line">
          <span>{t('notices.line', { line: petition.line })}</span>
          {petition.account ? (
            <span>
              <span className="badge badge--active">{t('notices.matched')}</span>{' '}
              {t('notices.account', { name: petition.account.displayName, username: petition.account.username })}
            </span>
          ) : (
            <span className="badge badge--unmatched">{t('notices.unmatched')}</span>
          )}
        </p>
        <p className="muted">{t('notices.asWritten', { text: petition.submitterText })}</p>
        <div className="grid-2">
          <Field label={t('submit.name')} required errors={errors(`${key}.submitter.name`)}>
            {(props) => <input {...props} value={petition.name} onChange={(e) => onChange({ name: e.target.value })} />}
          </Field>
          <Field label={t('submit.title2')} required errors={errors(`${key}.submitter.title`)}>
            {(props) => <input {...props} value={petition.title} onChange={(e) => onChange({ title: e.target.value })} />}
          </Field>
          <Field label={t('submit.organisation')} required errors={errors(`${key}.submitter.organisation`)}>
            {(props) => <input {...props} value={petition.organisation} onChange={(e) => onChange({ organisation: e.target.value })} />}
          </Field>
          <Field label={t('submit.area')} errors={errors(`${key}.submitter.area`)}>
            {(props) => <input {...props} value={petition.area} onChange={(e) => onChange({ area: e.target.value })} />}
          </Field>
          <Field label={t('notices.leadAgency')} required errors={errors(`${key}.leadAgency`)}>
            {(props) => <input {...props} value={petition.leadAgency} onChange={(e) => onChange({ leadAgency: e.target.value })} />}
          </Field>
          <Field label={t('notices.note')} errors={errors(`${key}.note`)}>
            {(props) => <input {...props} value={petition.note} onChange={(e) => onChange({ note: e.target.value })} />}
          </Field>
        </div>
        <ol className="items">
          {petition.items.map((item, itemIndex) => {
            const itemKey = `${key}.items[${itemIndex}]`;
            return (
              <li key={`${item.line}-${itemIndex}`}>
                <fieldset className="item__fields">
                  <legend>{t('notices.item', { number: petition.number, n: itemIndex + 1 })}</legend>
                  <Field label={t('submit.text')} required hint={t('notices.line', { line: item.line })} errors={errors(`${itemKey}.text`)}>
                    {(props) => <textarea {...props} rows={3} value={item.text} onChange={(e) => onItemChange(itemIndex, { text: e.target.value })} />}
                  </Field>
                  <div className="grid-2">
                    <Field
                      label={t('submit.category')}
                      hint={item.keyword ? t('notices.keyword', { keyword: item.keyword }) : t('notices.noKeyword')}
                      errors={errors(`${itemKey}.category`)}
                    >
                      {(props) => (
                        <select {...props} value={item.category} onChange={(e) => onItemChange(itemIndex, { category: e.target.value as Category })}>
                          {categories.data?.map((c) => (
                            <option key={c.code} value={c.code}>
                              {lang === 'en' ? c.nameEn : c.name}
                            </option>
                          )) ?? <option value={item.category}>{item.category}</option>}
                        </select>
                      )}
                    </Field>
                    <Field label={t('notices.department')} errors={errors(`${itemKey}.departmentId`)}>
                      {(props) => (
                        <select
                          {...props}
                          value={item.departmentId}
                          onChange={(e) => onItemChange(itemIndex, { departmentId: e.target.value === '' ? '' : Number(e.target.value) })}
                        >
                          <option value="">{t('notices.defaultDepartment')}</option>
                          {departments.data?.map((d) => (
                            <option key={d.id} value={d.id}>
                              {d.name}
                            </option>
                          ))}
                        </select>
                      )}
                    </Field>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
      </fieldset>
    </li>
  );
}
