import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { Category, SubmitPetitionCommand } from '@/api/types';
import { useUser } from '@/lib/auth';
import { CommandError, useFieldErrors, type FieldCodes } from '@/components/CommandError';
import { Field } from '@/components/Field';
import { PageTitle } from '@/components/PageTitle';
import { useFocusAfterRender } from '@/components/useFocusAfterRender';
import { Empty, QueryView } from '@/components/States';
import { useI18n } from '@/i18n/I18n';
import { useCategories } from '@/api/reference/listCategories';
import { useSessions } from '@/api/reference/listSessions';
import { useAttachToCase } from '@/api/attachments/attachToCase';
import { FilePicker, UploadFailures, type UploadFailure } from '@/components/Attachments';
import { useSubmitPetition } from '../api/submitPetition';
import { checkPetition } from './checkPetition';

type ItemDraft = { key: number; text: string; category: Category | ''; location: string; photos: File[] };

let nextKey = 1;
const emptyItem = (): ItemDraft => ({ key: nextKey++, text: '', category: '', location: '', photos: [] });

function newIdempotencyKey() {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** A guess at the title from the organisation: "TDP số 19" → "Tổ trưởng TDP số 19"; editable. */
const titleFor = (organisation: string) =>
  organisation.startsWith('TDP') ? `Tổ trưởng ${organisation}` : organisation.startsWith('Chi bộ') ? `Bí thư ${organisation}` : '';

export function SubmitPetitionPage() {
  const { t, lang } = useI18n();
  const user = useUser();
  const sessions = useSessions();
  const categories = useCategories();
  const submit = useSubmitPetition();
  const attach = useAttachToCase();
  const isLeader = user.role === 'GroupLeader';

  const [sessionId, setSessionId] = useState<number | ''>('');
  const [name, setName] = useState(isLeader ? user.displayName : '');
  const [title, setTitle] = useState(isLeader ? titleFor(user.organisation ?? '') : '');
  const [organisation, setOrganisation] = useState(isLeader ? (user.organisation ?? '') : '');
  const [area, setArea] = useState('');
  const [items, setItems] = useState<ItemDraft[]>(() => [emptyItem()]);
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const [localErrors, setLocalErrors] = useState<FieldCodes>({});
  const [done, setDone] = useState<{ id: number; count: number; failures: UploadFailure[] } | null>(null);
  // While the petition's photos go up after it is in: how many of how many.
  const [uploading, setUploading] = useState<{ done: number; total: number } | null>(null);
  const errorsFor = useFieldErrors(submit.error, localErrors);
  const focusAfterRender = useFocusAfterRender();

  // Only sessions still taking petitions (intake open, reply deadline not yet come); the first is chosen.
  const open = sessions.data?.filter((s) => s.takesPetitions) ?? [];
  const chosenSession = sessionId === '' ? open[0]?.id : sessionId;

  function update(index: number, change: Partial<ItemDraft>) {
    setItems((current) => current.map((item, i) => (i === index ? { ...item, ...change } : item)));
  }

  function send(event: FormEvent) {
    event.preventDefault();
    const command: SubmitPetitionCommand = {
      sessionId: chosenSession ?? 0,
      submitter: { name: name.trim(), title: title.trim(), organisation: organisation.trim(), area: area.trim() || null },
      items: items.map((item) => ({
        text: item.text.trim(),
        category: item.category === '' ? 'Other' : item.category,
        location: item.location.trim() || null,
      })),
    };
    const problems = checkPetition(command);
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0) {
      submit.reset();
      focusFirstError();
      return;
    }
    submit.mutate(
      { command, idempotencyKey },
      {
        onSuccess: (result) => {
          // Each item's photos go to the case it became, once the petition is in; the leader is told which failed and why.
          void uploadPhotos(result.caseIds, items, attach.mutateAsync, setUploading).then((failures) => {
            setUploading(null);
            setDone({ id: result.id, count: result.caseIds.length, failures });
            setItems([emptyItem()]);
            setIdempotencyKey(newIdempotencyKey());
          });
        },
        onError: () => focusFirstError(),
      },
    );
  }

  if (done) {
    return (
      <section>
        <PageTitle>{t('submit.title')}</PageTitle>
        <div className="notice notice--success" role="status">
          <p>{t('submit.done', { number: `#${done.id}`, count: done.count })}</p>
          <p className="actions">
            <Link className="button button--primary" to={`/petitions/${done.id}`}>
              {t('petition.title', { number: `#${done.id}` })}
            </Link>
            <button type="button" className="button button--secondary" onClick={() => setDone(null)}>
              {t('submit.title')}
            </button>
          </p>
        </div>
        <UploadFailures failures={done.failures} />
      </section>
    );
  }

  return (
    <section>
      <PageTitle sub={t('submit.intro')}>{t('submit.title')}</PageTitle>
      <QueryView query={sessions}>
        {() =>
          open.length === 0 ? (
            <Empty>{t('submit.noSession')}</Empty>
          ) : (
            <form onSubmit={send} noValidate className="form">
              <Field label={t('submit.session')} required errors={errorsFor('sessionId')}>
                {(props) => (
                  <select {...props} value={chosenSession} onChange={(e) => setSessionId(Number(e.target.value))}>
                    {open.map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.title}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <fieldset className="fieldset">
                <legend>{t('submit.submitter')}</legend>
                <div className="grid-2">
                  <Field label={t('submit.name')} required errors={errorsFor('submitter.name')}>
                    {(props) => <input {...props} autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} />}
                  </Field>
                  <Field label={t('submit.title2')} required hint={t('submit.titleHint')} errors={errorsFor('submitter.title')}>
                    {(props) => <input {...props} value={title} onChange={(e) => setTitle(e.target.value)} />}
                  </Field>
                  <Field label={t('submit.organisation')} required errors={errorsFor('submitter.organisation')}>
                    {(props) => (
                      <input {...props} value={organisation} readOnly={isLeader} onChange={(e) => setOrganisation(e.target.value)} />
                    )}
                  </Field>
                  <Field label={t('submit.area')} hint={t('submit.areaHint')} errors={errorsFor('submitter.area')}>
                    {(props) => <input {...props} value={area} onChange={(e) => setArea(e.target.value)} />}
                  </Field>
                </div>
              </fieldset>
              <fieldset className="fieldset">
                <legend>{t('submit.items')}</legend>
                {errorsFor('items') && (
                  <p className="field__errors" role="alert">
                    {errorsFor('items').join(' ')}
                  </p>
                )}
                <ol className="items">
                  {items.map((item, index) => (
                    <li key={item.key} className="item" data-item={item.key}>
                      <fieldset className="item__fields">
                        <legend>{t('submit.item', { n: index + 1 })}</legend>
                        <Field label={t('submit.text')} required errors={errorsFor(`items[${index}].text`)}>
                          {(props) => (
                            <textarea {...props} rows={3} value={item.text} onChange={(e) => update(index, { text: e.target.value })} />
                          )}
                        </Field>
                        <div className="grid-2">
                          <Field label={t('submit.category')} errors={errorsFor(`items[${index}].category`)}>
                            {(props) => (
                              <select {...props} value={item.category} onChange={(e) => update(index, { category: e.target.value as Category | '' })}>
                                <option value="">{t('submit.categoryOther')}</option>
                                {categories.data
                                  ?.filter((c) => c.code !== 'Other')
                                  .map((c) => (
                                    <option key={c.code} value={c.code}>
                                      {lang === 'en' ? c.nameEn : c.name}
                                    </option>
                                  ))}
                              </select>
                            )}
                          </Field>
                          <Field label={t('submit.location')} errors={errorsFor(`items[${index}].location`)}>
                            {(props) => <input {...props} value={item.location} onChange={(e) => update(index, { location: e.target.value })} />}
                          </Field>
                        </div>
                        <FilePicker
                          label={t('files.addPhotos')}
                          onPick={(picked) => update(index, { photos: [...item.photos, ...picked] })}
                        />
                        {item.photos.length > 0 && (
                          <ul className="plain-list" aria-label={t('files.heading')}>
                            {item.photos.map((photo, i) => (
                              <li key={`${photo.name}-${i}`}>{photo.name}</li>
                            ))}
                          </ul>
                        )}
                        {items.length > 1 && (
                          <button type="button" className="button button--ghost button--danger"
                            onClick={() => {
                              // The focus goes to the item before (or, for the first, the one after).
                              focusAfterRender(`[data-item="${(items[index - 1] ?? items[index + 1]).key}"] textarea`);
                              setItems((current) => current.filter((_, i) => i !== index));
                            }}>
                            {t('submit.removeItem', { n: index + 1 })}
                          </button>
                        )}
                      </fieldset>
                    </li>
                  ))}
                </ol>
                <button type="button" className="button button--secondary" onClick={() => {
                  const added = emptyItem();
                  focusAfterRender(`[data-item="${added.key}"] textarea`);
                  setItems((current) => [...current, added]);
                }}>
                  + {t('submit.addItem')}
                </button>
              </fieldset>
              {Object.keys(localErrors).length > 0 ? (
                <p className="notice notice--error" role="alert">
                  {t('app.fixErrors')}
                </p>
              ) : (
                <CommandError error={submit.error} />
              )}
              {uploading && (
                <p role="status">{t('files.uploadingPhotos', uploading)}</p>
              )}
              <button type="submit" className="button button--primary" disabled={submit.isPending || uploading !== null}>
                {submit.isPending || uploading !== null ? t('submit.sending') : t('submit.send')}
              </button>
            </form>
          )
        }
      </QueryView>
    </section>
  );
}

/** Uploads each item's photos to its case, one at a time; the ones refused, with why. */
async function uploadPhotos(
  caseIds: number[],
  items: ItemDraft[],
  upload: ReturnType<typeof useAttachToCase>['mutateAsync'],
  progress: (state: { done: number; total: number }) => void,
): Promise<UploadFailure[]> {
  const failures: UploadFailure[] = [];
  const total = items.reduce((sum, item) => sum + item.photos.length, 0);
  let done = 0;
  for (const [index, caseId] of caseIds.entries()) {
    for (const file of items[index]?.photos ?? []) {
      progress({ done, total });
      try {
        await upload({ caseId, file, kind: 'Intake' });
      } catch (error) {
        failures.push({ name: file.name, error, item: index + 1, caseId });
      }
      done += 1;
    }
  }
  return failures;
}

function focusFirstError() {
  requestAnimationFrame(() => {
    document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });
}
