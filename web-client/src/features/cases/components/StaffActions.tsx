import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { CaseDetail } from '@/api/types';
import { useUser } from '@/lib/auth';
import { withFlash } from '@/lib/flash';
import { homeOf } from '@/lib/roles';
import { CommandError, useFieldErrors, useOtherFieldErrors, type FieldCodes } from '@/components/CommandError';
import { Field } from '@/components/Field';
import { useI18n } from '@/i18n/I18n';
import { useDepartments } from '@/api/reference/listDepartments';
import { assignCase } from '../api/assignCase';
import { referCase } from '../api/referCase';
import { resolveCase } from '../api/resolveCase';
import { rerouteCase } from '../api/rerouteCase';
import { returnCase } from '../api/returnCase';
import { setSupportingDepartments } from '../api/setSupportingDepartments';
import { startCase } from '../api/startCase';
import { useCaseCommand } from '../api/useCaseCommand';
import { CorrectForm } from './CorrectForm';
import { RefuseForm } from './RefuseForm';
import { TextCommandForm } from './TextCommandForm';
import { required } from './required';
import { assignmentOf, requiredSixClears, SixClearsFields, useSixClears } from './SixClearsFields';

type Props = { detail: CaseDetail; etag: string; reload: () => void };

/** The dispatcher's and the department officer's commands for the case's current status. */
export default function StaffActions({ detail, etag, reload }: Props) {
  const { t } = useI18n();
  const user = useUser();
  const navigate = useNavigate();
  const s = detail.status;
  const draftLink = (s === 'Resolved' || s === 'Referred') && !detail.replies.some((r) => r.isOut) && (
    <p>
      <Link className="button button--primary" to={`/replies/new?petitionId=${detail.petitionId}&caseId=${detail.id}`}>
        {t('petition.draftReply')}
      </Link>
    </p>
  );

  if (user.role === 'Dispatcher') {
    const mayReroute = s === 'Assigned' || s === 'InProgress';
    const mayRefer = s === 'Received' || mayReroute;
    const maySupport = mayReroute || s === 'Resolved';
    // Corrections while no letter answering the case has gone to the signer (the API's rule; it says why otherwise).
    const mayCorrect = (mayRefer || s === 'Resolved' || s === 'Referred') && detail.replies.every((r) => r.status === 'Draft');
    if (s !== 'Received' && !mayRefer && !maySupport && !mayCorrect && !draftLink) return <p>{t('case.noActions')}</p>;
    return (
      <div className="stack">
        {s === 'Received' && <AssignForm detail={detail} etag={etag} reload={reload} />}
        {mayReroute && <RerouteForm detail={detail} etag={etag} reload={reload} />}
        {maySupport && <SupportingForm detail={detail} etag={etag} reload={reload} />}
        {mayCorrect && <CorrectForm key={detail.version} detail={detail} etag={etag} reload={reload} />}
        {mayRefer && <ReferForm detail={detail} etag={etag} reload={reload} />}
        {mayRefer && <RefuseForm detail={detail} etag={etag} reload={reload} />}
        {draftLink}
      </div>
    );
  }

  // A supporting department reads the case and adds notes (below); the lead takes the steps.
  if (detail.departmentId !== user.departmentId) return <p>{t('case.supportingYou')}</p>;

  // A department gives a case back before or after starting it.
  const giveBack = (
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
  );
  if (s === 'Assigned') {
    return (
      <div className="stack">
        <StartButton detail={detail} etag={etag} reload={reload} />
        {giveBack}
      </div>
    );
  }
  if (s === 'InProgress') {
    return (
      <div className="stack">
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
        {giveBack}
      </div>
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

function RerouteForm(props: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" className="button button--secondary" aria-expanded={false} onClick={() => setOpen(true)}>
        {t('reroute.title')}
      </button>
    );
  }
  return <AssignForm {...props} reroute onCancel={() => setOpen(false)} />;
}

/**
 * The six clears: routing a received case, or re-routing one already assigned or in progress (then with a reason,
 * the department chosen again and the task, expected result and authority kept as they were).
 */
function AssignForm({ detail, etag, reload, reroute, onCancel }: Props & { reroute?: boolean; onCancel?: () => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [clears, set] = useSixClears(
    reroute
      ? { task: detail.task ?? '', expectedResult: detail.expectedResult ?? '', authority: detail.authority ?? '' }
      : { departmentId: detail.suggestedDepartmentId ?? '' },
  );
  const [local, setLocal] = useState<FieldCodes>({});
  const assign = useCaseCommand(() => {
    const assignment = assignmentOf(clears);
    return reroute ? rerouteCase(detail.id, etag, reason.trim(), assignment) : assignCase(detail.id, etag, assignment);
  });
  // A re-route's API names the assignment's fields inside "assignment".
  const apiKey = (key: string) => (reroute && key !== 'reason' ? `assignment.${key}` : key);
  const fieldErrors = useFieldErrors(assign.error, local);
  const errors = (key: string) => fieldErrors(apiKey(key));
  const titleId = reroute ? 'reroute-title' : 'assign-title';

  function submit(event: FormEvent) {
    event.preventDefault();
    const fields = requiredSixClears(clears);
    if (reroute) fields.reason = [reason, 'case.reroute.reason.required'];
    const problems = required(Object.fromEntries(Object.entries(fields).map(([key, value]) => [apiKey(key), value])));
    setLocal(problems);
    if (Object.keys(problems).length === 0) assign.mutate(undefined);
  }

  return (
    <form className="command-form" onSubmit={submit} noValidate aria-labelledby={titleId}>
      <h3 id={titleId}>{t(reroute ? 'reroute.title' : 'case.assignment')}</h3>
      {reroute && (
        <>
          <p className="field__hint">{t('reroute.intro')}</p>
          <Field label={t('reroute.reason')} required errors={errors('reason')}>
            {(props) => <textarea {...props} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </Field>
        </>
      )}
      <SixClearsFields value={clears} set={set} errors={errors} />
      <CommandError error={assign.error} onReload={() => {
        assign.reset();
        reload();
      }} />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={assign.isPending}>
          {t(reroute ? 'reroute.submit' : 'assign.submit')}
        </button>
        {onCancel && (
          <button type="button" className="button button--ghost" onClick={onCancel}>
            {t('app.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

function SupportingForm({ detail, etag, reload }: Props) {
  const { t } = useI18n();
  const departments = useDepartments();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<number[]>(detail.supportingDepartments.map((d) => d.id));
  const save = useCaseCommand(() => setSupportingDepartments(detail.id, etag, chosen));
  // Every field error names a department of the list (departmentIds[1]): shown under it as a whole.
  const errors = useOtherFieldErrors(save.error, []);

  if (!open) {
    return (
      <button type="button" className="button button--secondary" aria-expanded={false} onClick={() => setOpen(true)}>
        {t('supporting.title')}
      </button>
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(undefined, { onSuccess: () => setOpen(false) });
  }

  const toggle = (id: number) => setChosen((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));
  return (
    <form className="command-form" onSubmit={submit} noValidate aria-labelledby="supporting-title">
      <h3 id="supporting-title">{t('supporting.title')}</h3>
      <p className="field__hint">{t('supporting.intro')}</p>
      <fieldset className="fieldset">
        <legend>{t('case.supporting')}</legend>
        {departments.data
          ?.filter((d) => d.id !== detail.departmentId)
          .map((d) => (
            <label key={d.id} className="check">
              <input type="checkbox" checked={chosen.includes(d.id)} onChange={() => toggle(d.id)} />
              {d.name}
            </label>
          ))}
      </fieldset>
      {errors.length > 0 && (
        <ul className="field__errors">
          {errors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      <CommandError error={save.error} onReload={() => {
        save.reset();
        reload();
      }} />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {t('supporting.submit')}
        </button>
        <button type="button" className="button button--ghost" onClick={() => setOpen(false)}>
          {t('app.cancel')}
        </button>
      </div>
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
