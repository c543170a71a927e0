import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { CaseDetail, ProblemCode } from '@/api/types';
import { useUser } from '@/lib/auth';
import { withFlash } from '@/lib/flash';
import { homeOf } from '@/lib/roles';
import { CommandError, useFieldErrors, type FieldCodes } from '@/components/CommandError';
import { Field } from '@/components/Field';
import { useI18n } from '@/i18n/I18n';
import { useDepartments } from '@/api/reference/listDepartments';
import { assignCase } from '../api/assignCase';
import { referCase } from '../api/referCase';
import { resolveCase } from '../api/resolveCase';
import { returnCase } from '../api/returnCase';
import { startCase } from '../api/startCase';
import { useCaseCommand } from '../api/useCaseCommand';
import { TextCommandForm } from './TextCommandForm';

type Props = { detail: CaseDetail; etag: string; reload: () => void };

/** The dispatcher's and the department officer's commands for the case's current status. */
export default function StaffActions({ detail, etag, reload }: Props) {
  const { t } = useI18n();
  const user = useUser();
  const navigate = useNavigate();
  const s = detail.status;
  const draftLink = (s === 'Resolved' || s === 'Referred') && !detail.replies.some((r) => r.status === 'Issued') && (
    <p>
      <Link className="button button--primary" to={`/replies/new?petitionId=${detail.petitionId}&caseId=${detail.id}`}>
        {t('petition.draftReply')}
      </Link>
    </p>
  );

  if (user.role === 'Dispatcher') {
    const mayRefer = s === 'Received' || s === 'Assigned' || s === 'InProgress';
    if (s !== 'Received' && !mayRefer && !draftLink) return <p>{t('case.noActions')}</p>;
    return (
      <div className="stack">
        {s === 'Received' && <AssignForm detail={detail} etag={etag} reload={reload} />}
        {mayRefer && <ReferForm detail={detail} etag={etag} reload={reload} />}
        {draftLink}
      </div>
    );
  }

  if (s === 'Assigned') {
    return (
      <div className="stack">
        <StartButton detail={detail} etag={etag} reload={reload} />
        <TextCommandForm
          title={t('return.title')}
          label={t('return.reason')}
          field="reason"
          submitLabel={t('return.submit')}
          emptyCode="case.return.reason.required"
          run={(reason) => returnCase(detail.id, etag, reason)}
          reload={reload}
          done={() => void navigate(homeOf[user.role], withFlash(t('return.done', { id: detail.id })))}
        />
      </div>
    );
  }
  if (s === 'InProgress') {
    return (
      <TextCommandForm
        title={t('resolve.title')}
        label={t('resolve.result')}
        field="result"
        submitLabel={t('resolve.submit')}
        emptyCode="case.resolve.result.required"
        run={(result) => resolveCase(detail.id, etag, result)}
        reload={reload}
        primary
      />
    );
  }
  return draftLink || <p>{t('case.noActions')}</p>;
}

function StartButton({ detail, etag, reload }: Props) {
  const { t } = useI18n();
  const start = useCaseCommand(() => startCase(detail.id, etag));
  return (
    <div>
      <CommandError error={start.error} onReload={() => {
        start.reset();
        reload();
      }} />
      <button type="button" className="button button--primary" disabled={start.isPending} onClick={() => start.mutate(undefined)}>
        {t('start.submit')}
      </button>
    </div>
  );
}

function AssignForm({ detail, etag, reload }: Props) {
  const { t } = useI18n();
  const departments = useDepartments();
  const [departmentId, setDepartmentId] = useState<number | ''>(detail.suggestedDepartmentId ?? '');
  const [assignee, setAssignee] = useState('');
  const [task, setTask] = useState('');
  const [responsibleHead, setResponsibleHead] = useState('');
  const [due, setDue] = useState('');
  const [expectedResult, setExpectedResult] = useState('');
  const [authority, setAuthority] = useState('');
  const [local, setLocal] = useState<FieldCodes>({});
  const assign = useCaseCommand(() =>
    assignCase(detail.id, etag, {
      departmentId: departmentId === '' ? 0 : departmentId,
      assignee: assignee.trim(),
      task: task.trim(),
      responsibleHead: responsibleHead.trim(),
      dueDate: due || null,
      expectedResult: expectedResult.trim(),
      authority: authority.trim(),
    }),
  );
  const errors = useFieldErrors(assign.error, local);

  function submit(event: FormEvent) {
    event.preventDefault();
    const problems = required({
      departmentId: [String(departmentId), 'case.assign.departmentId.required'],
      assignee: [assignee, 'case.assign.assignee.required'],
      task: [task, 'case.assign.task.required'],
      responsibleHead: [responsibleHead, 'case.assign.responsibleHead.required'],
      expectedResult: [expectedResult, 'case.assign.expectedResult.required'],
      authority: [authority, 'case.assign.authority.required'],
    });
    setLocal(problems);
    if (Object.keys(problems).length === 0) assign.mutate(undefined);
  }

  return (
    <form className="command-form" onSubmit={submit} noValidate aria-labelledby="assign-title">
      <h3 id="assign-title">{t('case.assignment')}</h3>
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
      <CommandError error={assign.error} onReload={() => {
        assign.reset();
        reload();
      }} />
      <button type="submit" className="button button--primary" disabled={assign.isPending}>
        {t('assign.submit')}
      </button>
    </form>
  );
}

function ReferForm({ detail, etag, reload }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [agency, setAgency] = useState('');
  const [letter, setLetter] = useState('');
  const [local, setLocal] = useState<FieldCodes>({});
  const refer = useCaseCommand(() => referCase(detail.id, etag, agency.trim(), letter.trim()));
  const errors = useFieldErrors(refer.error, local);

  if (!open) {
    return (
      <button type="button" className="button button--secondary" aria-expanded={false} onClick={() => setOpen(true)}>
        {t('refer.title')}
      </button>
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const problems = required({
      agency: [agency, 'case.refer.agency.required'],
      referralLetter: [letter, 'case.refer.referralLetter.required'],
    });
    setLocal(problems);
    if (Object.keys(problems).length === 0) refer.mutate(undefined);
  }

  return (
    <form className="command-form" onSubmit={submit} noValidate>
      <h3>{t('refer.title')}</h3>
      <p className="field__hint">{t('refer.intro')}</p>
      <Field label={t('refer.agency')} required errors={errors('agency')}>
        {(props) => <input {...props} value={agency} onChange={(e) => setAgency(e.target.value)} />}
      </Field>
      <Field label={t('refer.letter')} required errors={errors('referralLetter')}>
        {(props) => <input {...props} value={letter} onChange={(e) => setLetter(e.target.value)} />}
      </Field>
      <CommandError error={refer.error} onReload={() => {
        refer.reset();
        reload();
      }} />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={refer.isPending}>
          {t('refer.submit')}
        </button>
        <button type="button" className="button button--ghost" onClick={() => setOpen(false)}>
          {t('app.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The API's "required" rules, checked before sending: each empty field gets the code the API would give it. */
function required(fields: Record<string, [value: string, code: ProblemCode]>): FieldCodes {
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([, [value]]) => !value.trim())
      .map(([key, [, code]]) => [key, [{ code, args: {} }]]),
  );
}
