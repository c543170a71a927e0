import { useRef, useState, type FormEvent } from 'react';
import { useDepartments } from '@/api/reference/listDepartments';
import { CommandError, useFieldErrors, useOtherFieldErrors, type FieldCodes } from '@/components/CommandError';
import { Confirmation } from '@/components/Confirmation';
import { useReturnFocus } from '@/components/useReturnFocus';
import { useI18n } from '@/i18n/I18n';
import { useRouteCases } from '../api/routeCases';
import { required } from './required';
import { assignmentOf, requiredSixClears, SixClearsFields, useSixClears } from './SixClearsFields';

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
  const [clears, set] = useSixClears();
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
  const department = departments.data?.find((d) => d.id === clears.departmentId);

  function submit(event: FormEvent) {
    event.preventDefault();
    const fields = Object.fromEntries(Object.entries(requiredSixClears(clears)).map(([key, value]) => [`assignment.${key}`, value]));
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
        assignment: assignmentOf(clears),
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
      <SixClearsFields value={clears} set={set} errors={errors} />
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
