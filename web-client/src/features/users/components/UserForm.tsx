import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '@/api/client';
import type { Role, UserSummary } from '@/api/types';
import { useFieldErrors, useOtherFieldErrors } from '@/components/CommandError';
import { Field } from '@/components/Field';
import { FormActions } from '@/components/FormActions';
import { useI18n } from '@/i18n/I18n';
import { useDepartments } from '@/api/reference/listDepartments';
import { createUser } from '@/api/users/createUser';
import { updateUser } from '../api/updateUser';
import { useUserCommand } from '../api/useUserCommand';

export const roles: Role[] = ['GroupLeader', 'Dispatcher', 'DepartmentOfficer', 'PartyOffice', 'Overseer', 'Admin'];

/** The API keeps a department for these roles (required for an officer) and an organisation for a group leader. */
const hasDepartment = (role: Role | '') => role === 'DepartmentOfficer' || role === 'Dispatcher';
const hasOrganisation = (role: Role | '') => role === 'GroupLeader';

const fields = ['username', 'displayName', 'role', 'departmentId', 'organisation', 'password'];

type Props = {
  /** The user to edit; a new account when left out. */
  user?: UserSummary;
  onDone: (username: string) => void;
  onCancel: () => void;
};

/**
 * Create an account or edit one. The API's rules (username form, password length, which roles need a department or
 * an organisation) are checked by the API and its 400 is shown at each field; only the role is checked here, since
 * nothing can be sent without one.
 */
export function UserForm({ user, onDone, onCancel }: Props) {
  const { t, problem } = useI18n();
  const departments = useDepartments();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [role, setRole] = useState<Role | ''>(user?.role ?? '');
  const [departmentId, setDepartmentId] = useState<number | ''>(user?.departmentId ?? '');
  const [organisation, setOrganisation] = useState(user?.organisation ?? '');
  const [password, setPassword] = useState('');
  const [noRole, setNoRole] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector<HTMLElement>('input, select')?.focus(), []);

  const save = useUserCommand(async (chosen: Role) => {
    const access = {
      displayName: displayName.trim(),
      role: chosen,
      departmentId: hasDepartment(chosen) && departmentId !== '' ? departmentId : null,
      organisation: hasOrganisation(chosen) ? organisation.trim() : null,
    };
    if (user) await updateUser(user.id, access);
    else await createUser({ ...access, username: username.trim(), password: password === '' ? null : password, wardId: null });
  });
  const fieldErrors = useFieldErrors(save.error, noRole ? { role: [{ code: 'user.role.required', args: {} }] } : undefined);
  // A username already used is a 409, shown at the username field.
  const taken = save.error instanceof ApiError && save.error.code === 'usernameTaken' ? save.error : null;
  const errors = (key: string) => (key === 'username' && taken ? [problem(taken.problem)] : fieldErrors(key));
  const others = useOtherFieldErrors(save.error, fields);

  function submit(event: FormEvent) {
    event.preventDefault();
    setNoRole(role === '');
    if (role === '') return;
    save.mutate(role, { onSuccess: () => onDone(user?.username ?? username.trim()) });
  }

  const titleId = user ? `user-form-${user.id}` : 'user-form-new';
  const Heading = user ? 'h3' : 'h2';
  return (
    <form ref={form} className="command-form" onSubmit={submit} noValidate aria-labelledby={titleId}>
      <Heading id={titleId}>{user ? t('users.editTitle', { username: user.username }) : t('users.createTitle')}</Heading>
      {!user && (
        <Field label={t('users.username')} hint={t('users.usernameHint')} required errors={errors('username')}>
          {(props) => (
            <input
              {...props}
              value={username}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              onChange={(e) => setUsername(e.target.value)}
            />
          )}
        </Field>
      )}
      <Field label={t('users.displayName')} required errors={errors('displayName')}>
        {(props) => <input {...props} value={displayName} autoComplete="off" onChange={(e) => setDisplayName(e.target.value)} />}
      </Field>
      <Field label={t('users.role')} required errors={errors('role')}>
        {(props) => (
          <select {...props} value={role} onChange={(e) => setRole(e.target.value as Role | '')}>
            <option value="">{t('users.chooseRole')}</option>
            {roles.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {hasDepartment(role) && (
        <Field label={t('users.department')} required={role === 'DepartmentOfficer'} errors={errors('departmentId')}>
          {(props) => (
            <select {...props} value={departmentId} onChange={(e) => setDepartmentId(e.target.value ? Number(e.target.value) : '')}>
              <option value="">{t('users.chooseDepartment')}</option>
              {departments.data?.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {hasOrganisation(role) && (
        <Field label={t('users.organisation')} hint={t('users.organisationHint')} required errors={errors('organisation')}>
          {(props) => <input {...props} value={organisation} autoComplete="off" onChange={(e) => setOrganisation(e.target.value)} />}
        </Field>
      )}
      {!user && (
        <Field label={t('users.password')} hint={t('users.passwordHint')} errors={errors('password')}>
          {(props) => (
            <input {...props} type="password" value={password} autoComplete="new-password" onChange={(e) => setPassword(e.target.value)} />
          )}
        </Field>
      )}
      {others.length > 0 && (
        <ul className="notice notice--error field__errors">
          {others.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      <FormActions
        error={save.error}
        marked={Boolean(taken)}
        pending={save.isPending}
        submitLabel={user ? t('app.save') : t('users.create')}
        onCancel={onCancel}
      />
    </form>
  );
}
