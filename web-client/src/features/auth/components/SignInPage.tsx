import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { ApiError } from '@/api/client';
import { takeSessionExpired } from '@/lib/auth';
import { homeOf } from '@/lib/roles';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { Field } from '@/components/Field';
import { useFieldErrors } from '@/components/CommandError';
import { ErrorNotice } from '@/components/States';
import { PageTitle } from '@/components/PageTitle';
import { useI18n } from '@/i18n/I18n';
import { login } from '../api/login';
import { ownPath } from './ownPath';
import { meKey, useMe } from '@/api/auth/getMe';

export function SignInPage() {
  const { t, problem } = useI18n();
  const me = useMe();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [expired] = useState(takeSessionExpired);
  // Once the user is known, the render below goes on: one navigation, so nothing can send them home instead.
  const signIn = useMutation({ mutationFn: login, onSuccess: (user) => queryClient.setQueryData(meKey, user) });
  const fieldErrors = useFieldErrors(signIn.error);

  if (me.data) return <Navigate to={ownPath(params.get('next')) ?? homeOf[me.data.role]} replace />;

  function submit(event: FormEvent) {
    event.preventDefault();
    signIn.mutate({ username: username.trim(), password });
  }

  const error = signIn.error;
  // A wrong password (401) or too many tries (429) is said beside the form; anything else is a general notice.
  const refusal = error instanceof ApiError && (error.status === 401 || error.status === 429) ? problem(error.problem) : null;

  return (
    <div className="signin">
      <div className="signin__lang">
        <LanguageSwitch />
      </div>
      <main id="main" className="signin__card">
        <p className="signin__brand" aria-hidden="true">
          ★ {t('app.name')}
        </p>
        <PageTitle sub={t('signIn.intro')}>{t('signIn.title')}</PageTitle>
        {expired && !signIn.error && (
          <p className="notice notice--info" role="status">
            {t('signIn.expired')}
          </p>
        )}
        <form onSubmit={submit} noValidate>
          <Field label={t('signIn.username')} required errors={fieldErrors('username')}>
            {(props) => (
              <input {...props} name="username" autoComplete="username" autoCapitalize="none" spellCheck={false}
                value={username} onChange={(e) => setUsername(e.target.value)} />
            )}
          </Field>
          <Field label={t('signIn.password')} required errors={fieldErrors('password')}>
            {(props) => (
              <input {...props} name="password" type="password" autoComplete="current-password"
                value={password} onChange={(e) => setPassword(e.target.value)} />
            )}
          </Field>
          {refusal && (
            <p className="notice notice--error" role="alert">
              {refusal}
            </p>
          )}
          {error && !refusal && !(error instanceof ApiError && error.status === 400) && <ErrorNotice error={error} />}
          <button type="submit" className="button button--primary button--wide" disabled={signIn.isPending}>
            {signIn.isPending ? t('signIn.busy') : t('signIn.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}
