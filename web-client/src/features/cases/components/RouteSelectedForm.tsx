import { useRef, useState, type FormEvent } from 'react';
import type { ProblemCode } from '@/api/types';
import { useDepartments } from '@/api/reference/listDepartments';
import { CommandError, useFieldErrors, useOtherFieldErrors, type FieldCodes } from '@/components/CommandError';
import { Confirmation } from '@/components/Confirmation';
import { Field } from '@/components/Field';
import { useReturnFocus } from '@/components/useReturnFocus';
import { useI18n } from '@/i18n/I18n';
import { useRouteCases } from '../api/routeCases';
import { required } from './required';

type Props = {
  /** The chosen cases: id → the version the board showed (sent, so a case changed meanwhile is refused). */
  selected: Map<number, number>;
  onCancel: () => void;
  onRouted: (message: string) => void;
};

/** One department and one set of six clears for every chosen case, asked once more before it is sent. */
export function RouteSelectedForm({ selected, onCancel, onRouted }: Props) {
  const { t } = useI18n();
  const departments = useDepartments();
  const [departmentId, setDepartmentId] = useState<number | ''>('');
  const [assignee, setAssignee] = useState('');
  const [task, setTask] = useState('');
  const [responsibleHead, setResponsibleHead] = useState('');
  const [due, setDue] = useState('');
  const [expectedResult, setExpectedResult] = useState('');
  const [authority, setAuthority] = useState('');
  const [local, setLocal] = useState<FieldCodes>({});
  const [confirming, setConfirming] = useState(false);
  const route = useRouteCases();
  const submitButton = useRef<HTMLButtonElement>(null);
  // Cancelling the question gives the focus back to the button that asked it.
  useReturnFocus(confirming, () => submitButton.current);
  const fieldErrors = useFieldErrors(route.error, local);
  const errors = (key: string) => fieldErrors(`assignment.${key}`);
  // A refusal about the selection itself (too many, repeated) names "cases": said above the buttons.
  const selectionErrors = useOtherFieldErrors(route.error, ['departmentId', 'assignee', 'task', 'responsibleHead', 'dueDate', 'expectedResult', 'authority'].map((k) => `assignment.${k}`));
  const ids = [...selected.keys()];
  const department = departments.data?.find((d) => d.id === departmentId);

  function submit(event: FormEvent) {
    event.preventDefault();
    const fields: Record<string, [string, ProblemCode]> = {
      'assignment.departmentId': [String(departmentId), 'case.assign.departmentId.required'],
      'assignment.assignee': [assignee, 'case.assign.assignee.required'],
      'assignment.task': [task, 'case.assign.task.required'],
      'assignment.responsibleHead': [responsibleHead, 'case.assign.responsibleHead.required'],
      'assignment.expectedResult': [expectedResult, 'case.assign.expectedResult.required'],
      'assignment.authority': [authority, 'case.assign.authority.required'],
    };
    const problems = required(fields);
    setLocal(problems);
    if (Object.keys(problems).length === 0) {
      route.reset();
      setConfirming(true);
    }
  }

  function send() {
    route.mutate(
      {
        cases: [...selected].map(([id, version]) => ({ id, version })),
        assignment: {
          departmentId: departmentId === '' ? 0 : departmentId,
          assignee: assignee.trim(),
          task: task.trim(),
          responsibleHead: responsibleHead.trim(),
          dueDate: due || null,
          expectedResult: expectedResult.trim(),
          authority: authority.trim(),
        },
      },
      {
        onSuccess: (result) => onRouted(t('triage.routed', { count: result.items.length, department: department?.name ?? '' })),
        onSettled: () => setConfirming(false),
      },
    );
  }

  return (
    <form className="command-form" onSubmit={submit} noValidate aria-labelledby="route-title">
      <h3 id="route-title">{t('triage.routeTitle', { count: selected.size })}</h3>
      <p className="field__hint">{t('triage.routeIntro')}</p>
      <Field label={t('assign.department')} required errors={errors('departmentId')}>
        {(props) => (
          <select {...props} value={departmentId} onChange={(e) => setDepartmentId(e.target.value ? Number(e.target.value) : '')}>
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
        {(props) => <input {...props} value={assignee} onChange={(e) => setAssignee(e.target.value)} />}
      </Field>
      <Field label={t('case.task')} required errors={errors('task')}>
        {(props) => <textarea {...props} rows={2} value={task} onChange={(e) => setTask(e.target.value)} />}
      </Field>
      <Field label={t('case.responsibleHead')} required errors={errors('responsibleHead')}>
        {(props) => <input {...props} value={responsibleHead} onChange={(e) => setResponsibleHead(e.target.value)} />}
      </Field>
      <Field label={t('case.due')} hint={t('assign.dueHint')} errors={errors('dueDate')}>
        {(props) => <input {...props} type="date" value={due} onChange={(e) => setDue(e.target.value)} />}
      </Field>
      <Field label={t('case.expectedResult')} required errors={errors('expectedResult')}>
        {(props) => <textarea {...props} rows={2} value={expectedResult} onChange={(e) => setExpectedResult(e.target.value)} />}
      </Field>
      <Field label={t('case.authority')} hint={t('case.authorityHint')} required errors={errors('authority')}>
        {(props) => <input {...props} value={authority} onChange={(e) => setAuthority(e.target.value)} />}
      </Field>
      {selectionErrors.length > 0 && (
        <ul className="notice notice--error" role="alert">
          {selectionErrors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      <CommandError error={route.error} />
      {confirming ? (
        <Confirmation confirmLabel={t('triage.routeConfirmButton')} pending={route.isPending} onConfirm={send} onCancel={() => setConfirming(false)}>
          {t('triage.routeConfirm', { count: selected.size, ids: ids.map((id) => `#${id}`).join(', '), department: department?.name ?? '' })}
        </Confirmation>
      ) : (
        <div className="actions">
          <button ref={submitButton} type="submit" className="button button--primary">
            {t('triage.routeSelected')}
          </button>
          <button type="button" className="button button--ghost" onClick={onCancel}>
            {t('app.cancel')}
          </button>
        </div>
      )}
    </form>
  );
}
