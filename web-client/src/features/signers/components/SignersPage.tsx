import { useState, type FormEvent } from 'react';
import type { Schemas } from '@/api/client';
import { useSigners } from '@/api/reference/listSigners';
import { CommandError, useFieldErrors } from '@/components/CommandError';
import { CreatePanel } from '@/components/CreatePanel';
import { Field } from '@/components/Field';
import { FormActions } from '@/components/FormActions';
import { PageTitle } from '@/components/PageTitle';
import { Empty, QueryView } from '@/components/States';
import { useI18n } from '@/i18n/I18n';
import { useSaveSigner, type SignerInput } from '../api/saveSigner';
import { useSetDefaultSigners } from '../api/setDefaultSigners';

type Signer = Schemas['ListSignersSigner'];
type SignerList = Schemas['ListSignersSignerList'];
const forms: SignerInput['form'][] = ['OnBehalf', 'Deputy', 'Acting', 'ByOrder', 'PartyOnBehalf'];

/** For the Admin: the ward's signing officials, how each signs, and who signs replies and reports by default. */
export default function SignersPage() {
  const { t } = useI18n();
  const signers = useSigners();
  const [done, setDone] = useState('');
  return (
    <section>
      <PageTitle sub={t('signers.intro')}>{t('signers.title')}</PageTitle>
      <p role="status" className={done ? 'notice notice--success' : undefined}>
        {done}
      </p>
      <CreatePanel label={t('signers.add')} onOpen={() => setDone('')}>
        {(close) => (
          <SignerForm
            onDone={(name) => {
              close();
              setDone(t('signers.saved', { name }));
            }}
            onCancel={close}
          />
        )}
      </CreatePanel>
      <QueryView query={signers}>
        {(list) => (
          <>
            <Defaults list={list} onDone={() => setDone(t('signers.defaultsSaved'))} />
            <section aria-labelledby="signers-list">
              <h2 id="signers-list">{t('signers.listTitle')}</h2>
              {list.signers.length === 0 ? (
                <Empty>{t('signers.empty')}</Empty>
              ) : (
                <ul className="case-list">
                  {list.signers.map((s) => (
                    <SignerCard key={s.id} signer={s} onDone={(name) => setDone(t('signers.saved', { name }))} />
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
      </QueryView>
    </section>
  );
}

function SignerCard({ signer, onDone }: { signer: Signer; onDone: (name: string) => void }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  return (
    <li className={`case-card user-card${signer.disabled ? ' user-card--disabled' : ''}`} aria-labelledby={`signer-${signer.id}`}>
      <div className="case-card__head">
        <h3 className="user-card__name" id={`signer-${signer.id}`}>
          {signer.name}
        </h3>
        <span className={`badge ${signer.disabled ? 'badge--disabled' : 'badge--active'}`}>
          {signer.disabled ? t('signers.disabled') : t(`signingForm.${signer.form}`)}
        </span>
      </div>
      <p className="case-card__text signature-preview">
        {signer.lines.map((line) => (
          <span key={line}>
            {line}
            <br />
          </span>
        ))}
        <strong>{signer.name}</strong>
      </p>
      {editing ? (
        <SignerForm
          signer={signer}
          onDone={(name) => {
            setEditing(false);
            onDone(name);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <div className="actions user-card__actions">
          <button type="button" className="button button--secondary" aria-label={t('signers.editOf', { name: signer.name })} onClick={() => setEditing(true)}>
            {t('signers.edit')}
          </button>
        </div>
      )}
    </li>
  );
}

function SignerForm({ signer, onDone, onCancel }: { signer?: Signer; onDone: (name: string) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const save = useSaveSigner();
  const [name, setName] = useState(signer?.name ?? '');
  const [position, setPosition] = useState(signer?.position ?? '');
  const [form, setForm] = useState<SignerInput['form']>(signer?.form ?? 'Deputy');
  const [disabled, setDisabled] = useState(signer?.disabled ?? false);
  const errors = useFieldErrors(save.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ id: signer?.id, name: name.trim(), position: position.trim(), form, disabled }, { onSuccess: () => onDone(name.trim()) });
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={signer ? t('signers.editOf', { name: signer.name }) : t('signers.add')}>
      <Field label={t('signers.name')} required errors={errors('name')}>
        {(props) => <input {...props} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />}
      </Field>
      <Field label={t('signers.position')} hint={t('signers.positionHint')} required errors={errors('position')}>
        {(props) => <input {...props} value={position} onChange={(e) => setPosition(e.target.value)} autoComplete="off" />}
      </Field>
      <Field label={t('signers.form')} errors={errors('form')}>
        {(props) => (
          <select {...props} value={form} onChange={(e) => setForm(e.target.value as SignerInput['form'])}>
            {forms.map((f) => (
              <option key={f} value={f}>
                {t(`signingForm.${f}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {signer && (
        <label className="check">
          <input type="checkbox" checked={disabled} onChange={(e) => setDisabled(e.target.checked)} />
          <span>{t('signers.disable')}</span>
        </label>
      )}
      <FormActions error={save.error} marked={false} pending={save.isPending} submitLabel={t('signers.save')} onCancel={onCancel} />
    </form>
  );
}

function Defaults({ list, onDone }: { list: SignerList; onDone: () => void }) {
  const { t } = useI18n();
  const set = useSetDefaultSigners();
  const [reply, setReply] = useState(list.replySignerId ?? 0);
  const [report, setReport] = useState(list.reportSignerId ?? 0);
  const errors = useFieldErrors(set.error);
  const active = list.signers.filter((s) => !s.disabled);

  function submit(event: FormEvent) {
    event.preventDefault();
    set.mutate({ replySignerId: reply || null, reportSignerId: report || null }, { onSuccess: onDone });
  }

  return (
    <form className="panel" aria-labelledby="signer-defaults" onSubmit={submit} noValidate>
      <h2 id="signer-defaults">{t('signers.defaults')}</h2>
      <Field label={t('signers.replyDefault')} errors={errors('replySignerId')}>
        {(props) => (
          <select {...props} value={reply} onChange={(e) => setReply(Number(e.target.value))}>
            <option value={0}>{t('signers.none')}</option>
            {active.filter((s) => s.signsReplies).map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} – {s.position}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('signers.reportDefault')} errors={errors('reportSignerId')}>
        {(props) => (
          <select {...props} value={report} onChange={(e) => setReport(Number(e.target.value))}>
            <option value={0}>{t('signers.none')}</option>
            {active.filter((s) => !s.signsReplies).map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} – {s.position}
              </option>
            ))}
          </select>
        )}
      </Field>
      <CommandError error={set.error} />
      <button type="submit" className="button button--primary" disabled={set.isPending}>
        {t('signers.saveDefaults')}
      </button>
    </form>
  );
}
