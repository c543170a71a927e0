import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '@/api/client';
import type { Ward } from '@/api/types';
import { useFieldErrors } from '@/components/CommandError';
import { Field } from '@/components/Field';
import { FormActions } from '@/components/FormActions';
import { useFocusAfterRender } from '@/components/useFocusAfterRender';
import { useI18n } from '@/i18n/I18n';
import { useCreateWard } from '../api/createWard';

type Department = { code: string; shortName: string; name: string };
const blank = (): Department => ({ code: '', shortName: '', name: '' });

/** A new ward: its code, name, upper-level Party organisation and departments. Every rule is the API's; its 400 or 409 shows at each field. */
export function WardForm({ onDone, onCancel }: { onDone: (ward: Ward) => void; onCancel: () => void }) {
  const { t, problem } = useI18n();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [superiorParty, setSuperiorParty] = useState('ĐẢNG BỘ THÀNH PHỐ HÀ NỘI');
  const [departments, setDepartments] = useState<Department[]>([blank()]);
  const form = useRef<HTMLFormElement>(null);
  const focusAfterRender = useFocusAfterRender();
  useEffect(() => form.current?.querySelector<HTMLElement>('input')?.focus(), []);

  const save = useCreateWard();
  const apiErrors = useFieldErrors(save.error);
  // A code already used is a 409, shown at the code field.
  const taken = save.error instanceof ApiError && save.error.code === 'wardCodeTaken' ? save.error : null;
  const errors = (key: string) => (key === 'code' && taken ? [problem(taken.problem)] : apiErrors(key));
  const change = (index: number, part: Partial<Department>) => setDepartments((list) => list.map((d, i) => (i === index ? { ...d, ...part } : d)));

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = {
      code: code.trim(),
      name: name.trim(),
      superiorParty: superiorParty.trim(),
      departments: departments.map((d) => ({ code: d.code.trim(), shortName: d.shortName.trim(), name: d.name.trim() })),
    };
    save.mutate(body, {
      onSuccess: onDone,
      onError: () => requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()),
    });
  }

  return (
    <form ref={form} className="command-form" onSubmit={submit} noValidate aria-labelledby="ward-form-new">
      <h2 id="ward-form-new">{t('wards.createTitle')}</h2>
      <Field label={t('wards.code')} hint={t('wards.codeHint')} required errors={errors('code')}>
        {(props) => <input {...props} value={code} autoComplete="off" spellCheck={false} onChange={(e) => setCode(e.target.value)} />}
      </Field>
      <Field label={t('wards.name')} hint={t('wards.nameHint')} required errors={errors('name')}>
        {(props) => <input {...props} value={name} autoComplete="off" onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field label={t('wards.superiorParty')} hint={t('wards.superiorPartyHint')} required errors={errors('superiorParty')}>
        {(props) => <input {...props} value={superiorParty} autoComplete="off" onChange={(e) => setSuperiorParty(e.target.value)} />}
      </Field>
      <fieldset>
        <legend>{t('wards.departments')}</legend>
        {(errors('departments') ?? []).length > 0 && (
          <ul className="field__errors">
            {(errors('departments') ?? []).map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        )}
        {departments.map((department, i) => (
          <div className="grid-2" key={i} role="group" aria-label={t('wards.departmentN', { n: i + 1 })} data-department={i}>
            <Field label={t('wards.departmentCode')} required errors={errors(`departments[${i}].code`)}>
              {(props) => <input {...props} value={department.code} autoComplete="off" onChange={(e) => change(i, { code: e.target.value })} />}
            </Field>
            <Field label={t('wards.departmentShortName')} required errors={errors(`departments[${i}].shortName`)}>
              {(props) => <input {...props} value={department.shortName} autoComplete="off" onChange={(e) => change(i, { shortName: e.target.value })} />}
            </Field>
            <Field label={t('wards.departmentName')} required errors={errors(`departments[${i}].name`)}>
              {(props) => <input {...props} value={department.name} autoComplete="off" onChange={(e) => change(i, { name: e.target.value })} />}
            </Field>
            {departments.length > 1 && (
              <p className="actions">
                <button type="button" className="button button--ghost" onClick={() => {
                  focusAfterRender(`[data-department="${Math.max(i - 1, 0)}"] input`);
                  setDepartments((list) => list.filter((_, j) => j !== i));
                }}>
                  {t('wards.removeDepartment', { n: i + 1 })}
                </button>
              </p>
            )}
          </div>
        ))}
        <p className="actions">
          <button type="button" className="button" onClick={() => {
            focusAfterRender(`[data-department="${departments.length}"] input`);
            setDepartments((list) => [...list, blank()]);
          }}>
            {t('wards.addDepartment')}
          </button>
        </p>
      </fieldset>
      <FormActions
        error={save.error}
        marked={Boolean(taken)}
        pending={save.isPending}
        submitLabel={t('wards.create')}
        onCancel={onCancel}
      />
    </form>
  );
}
