import { useState } from 'react';
import type { ProblemCode } from '@/api/types';
import { useDepartments } from '@/api/reference/listDepartments';
import { Field } from '@/components/Field';
import { useI18n } from '@/i18n/I18n';

/** The department and the six clears as typed: what routing one case, re-routing it and routing several all ask. */
export type SixClears = {
  departmentId: number | '';
  assignee: string;
  task: string;
  responsibleHead: string;
  due: string;
  expectedResult: string;
  authority: string;
};

export function useSixClears(initial: Partial<SixClears> = {}) {
  const [value, setValue] = useState<SixClears>({
    departmentId: '', assignee: '', task: '', responsibleHead: '', due: '', expectedResult: '', authority: '', ...initial,
  });
  const set = <K extends keyof SixClears>(key: K, next: SixClears[K]) => setValue((v) => ({ ...v, [key]: next }));
  return [value, set] as const;
}

/** The assignment as the API takes it (departmentId 0 when none is chosen: the API names it). */
export const assignmentOf = (v: SixClears) => ({
  departmentId: v.departmentId === '' ? 0 : v.departmentId,
  assignee: v.assignee.trim(),
  task: v.task.trim(),
  responsibleHead: v.responsibleHead.trim(),
  dueDate: v.due || null,
  expectedResult: v.expectedResult.trim(),
  authority: v.authority.trim(),
});

/** The API's required fields of an assignment with the code each gets when empty, for `required`. */
export const requiredSixClears = (v: SixClears): Record<string, [string, ProblemCode]> => ({
  departmentId: [String(v.departmentId), 'case.assign.departmentId.required'],
  assignee: [v.assignee, 'case.assign.assignee.required'],
  task: [v.task, 'case.assign.task.required'],
  responsibleHead: [v.responsibleHead, 'case.assign.responsibleHead.required'],
  expectedResult: [v.expectedResult, 'case.assign.expectedResult.required'],
  authority: [v.authority, 'case.assign.authority.required'],
});

type Props = {
  value: SixClears;
  set: <K extends keyof SixClears>(key: K, next: SixClears[K]) => void;
  /** The messages of one field, by the assignment's field name. */
  errors: (key: keyof ReturnType<typeof assignmentOf>) => string[] | undefined;
};

/** The department and the six clears, in SixClears' words (the labels name each "rõ"). */
export function SixClearsFields({ value, set, errors }: Props) {
  const { t } = useI18n();
  const departments = useDepartments();
  return (
    <>
      <Field label={t('assign.department')} required errors={errors('departmentId')}>
        {(props) => (
          <select {...props} value={value.departmentId} onChange={(e) => set('departmentId', e.target.value ? Number(e.target.value) : '')}>
            <option value="">{t('assign.choose')}</option>
            {departments.data?.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('case.assignee')} required errors={errors('assignee')}>
        {(props) => <input {...props} value={value.assignee} onChange={(e) => set('assignee', e.target.value)} />}
      </Field>
      <Field label={t('case.task')} required errors={errors('task')}>
        {(props) => <textarea {...props} rows={2} value={value.task} onChange={(e) => set('task', e.target.value)} />}
      </Field>
      <Field label={t('case.responsibleHead')} required errors={errors('responsibleHead')}>
        {(props) => <input {...props} value={value.responsibleHead} onChange={(e) => set('responsibleHead', e.target.value)} />}
      </Field>
      <Field label={t('case.due')} hint={t('assign.dueHint')} errors={errors('dueDate')}>
        {(props) => <input {...props} type="date" value={value.due} onChange={(e) => set('due', e.target.value)} />}
      </Field>
      <Field label={t('case.expectedResult')} required errors={errors('expectedResult')}>
        {(props) => <textarea {...props} rows={2} value={value.expectedResult} onChange={(e) => set('expectedResult', e.target.value)} />}
      </Field>
      <Field label={t('case.authority')} hint={t('case.authorityHint')} required errors={errors('authority')}>
        {(props) => <input {...props} value={value.authority} onChange={(e) => set('authority', e.target.value)} />}
      </Field>
    </>
  );
}
