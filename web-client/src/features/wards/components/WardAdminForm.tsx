import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiError } from '@/api/client';
import type { Ward } from '@/api/types';
import { useFieldErrors } from '@/components/CommandError';
import { Field } from '@/components/Field';
import { FormActions } from '@/components/FormActions';
import { useI18n } from '@/i18n/I18n';
import { createUser } from '@/api/users/createUser';
import { wardsKey } from '../api/listWards';

/** The new ward's first administrator, created with POST /api/users and the ward's id. */
export function WardAdminForm({ ward, onDone }: { ward: Ward; onDone: (username: string) => void }) {
  const { t, problem } = useI18n();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const queryClient = useQueryClient();
  // The ward's count of accounts changes with it.
  const save = useMutation({ mutationFn: createUser, onSuccess: () => queryClient.invalidateQueries({ queryKey: wardsKey }) });
  const apiErrors = useFieldErrors(save.error);
  const taken = save.error instanceof ApiError && save.error.code === 'usernameTaken' ? save.error : null;
  const errors = (key: string) => (key === 'username' && taken ? [problem(taken.problem)] : apiErrors(key));

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(
      { username: username.trim(), displayName: displayName.trim(), role: 'Admin', password, wardId: ward.id, departmentId: null, organisation: null },
      { onSuccess: () => onDone(username.trim()) },
    );
  }

  return (
    <form className="command-form" onSubmit={submit} noValidate aria-labelledby="ward-admin-new">
      <h2 id="ward-admin-new">{t('wards.adminTitle', { ward: ward.name })}</h2>
      <Field label={t('users.username')} hint={t('users.usernameHint')} required errors={errors('username')}>
        {(props) => <input {...props} value={username} autoComplete="off" spellCheck={false} onChange={(e) => setUsername(e.target.value)} />}
      </Field>
      <Field label={t('users.displayName')} required errors={errors('displayName')}>
        {(props) => <input {...props} value={displayName} autoComplete="off" onChange={(e) => setDisplayName(e.target.value)} />}
      </Field>
      <Field label={t('users.password')} hint={t('wards.adminPasswordHint')} required errors={errors('password')}>
        {(props) => <input {...props} type="password" value={password} autoComplete="new-password" onChange={(e) => setPassword(e.target.value)} />}
      </Field>
      <FormActions
        error={save.error}
        marked={Boolean(taken)}
        pending={save.isPending}
        submitLabel={t('wards.createAdmin')}
      />
    </form>
  );
}
