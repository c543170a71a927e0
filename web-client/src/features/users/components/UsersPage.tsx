import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { UserSummary } from '@/api/types';
import { useUser } from '@/lib/auth';
import { CommandError, useFieldErrors } from '@/components/CommandError';
import { Confirmation } from '@/components/Confirmation';
import { Field } from '@/components/Field';
import { CreatePanel } from '@/components/CreatePanel';
import { PageTitle } from '@/components/PageTitle';
import { useReturnFocus } from '@/components/useReturnFocus';
import { Empty, QueryView } from '@/components/States';
import { formatDateTime } from '@/i18n/format';
import { useI18n } from '@/i18n/I18n';
import { useDepartments } from '@/api/reference/listDepartments';
import { useUsers } from '../api/listUsers';
import { resetPassword } from '../api/resetPassword';
import { setUserDisabled } from '../api/setUserDisabled';
import { useUserCommand } from '../api/useUserCommand';
import { UserForm } from './UserForm';

/** For the Admin: the ward's accounts; create, edit, reset a password, disable and enable. */
export default function UsersPage() {
  const { t } = useI18n();
  const users = useUsers();
  const departments = useDepartments();
  const me = useUser();
  const [done, setDone] = useState('');
  const departmentName = (id: number | null) => (id === null ? null : (departments.data?.find((d) => d.id === id)?.name ?? `#${id}`));

  return (
    <section>
      <PageTitle sub={t('users.intro')}>{t('users.title')}</PageTitle>
      <p role="status" className={done ? 'notice notice--success' : undefined}>
        {done}
      </p>
      <CreatePanel label={t('users.add')} onOpen={() => setDone('')}>
        {(close) => (
          <UserForm
            onDone={(username) => {
              close();
              setDone(t('users.created', { username }));
            }}
            onCancel={close}
          />
        )}
      </CreatePanel>
      <QueryView query={users}>
        {(items) =>
          items.length === 0 ? (
            <Empty>{t('users.empty')}</Empty>
          ) : (
            <>
              <p className="muted">{t('users.count', { count: items.length })}</p>
              <ul className="case-list">
                {items.map((u) => (
                  <UserCard key={u.id} user={u} isMe={u.id === me.id} departmentName={departmentName(u.departmentId)} onDone={setDone} />
                ))}
              </ul>
            </>
          )
        }
      </QueryView>
    </section>
  );
}

type CardProps = { user: UserSummary; isMe: boolean; departmentName: string | null; onDone: (message: string) => void };

function UserCard({ user, isMe, departmentName, onDone }: CardProps) {
  const { t } = useI18n();
  const [mode, setMode] = useState<'edit' | 'reset' | 'disable' | null>(null);
  const actions = useRef<HTMLDivElement>(null);
  useReturnFocus(mode !== null, () => actions.current?.querySelector('button') ?? null);
  const toggle = useUserCommand((disabled: boolean) => setUserDisabled(user.id, disabled));
  const locked = user.lockedUntil && new Date(user.lockedUntil).getTime() > Date.now();

  const open = (next: typeof mode) => {
    toggle.reset();
    onDone('');
    setMode(next);
  };

  return (
    <li className={`case-card user-card${user.isDisabled ? ' user-card--disabled' : ''}`} aria-labelledby={`user-${user.id}`}>
      <div className="case-card__head">
        <h2 className="user-card__name" id={`user-${user.id}`}>
          {user.username}
        </h2>
        {isMe && <span className="muted">{t('users.you')}</span>}
        <span className={`badge ${user.isDisabled ? 'badge--disabled' : 'badge--active'}`}>
          {user.isDisabled ? t('users.disabled') : t('users.active')}
        </span>
      </div>
      <dl className="case-card__meta">
        <div>
          <dt>{t('users.displayName')}</dt>
          <dd>{user.displayName}</dd>
        </div>
        <div>
          <dt>{t('users.role')}</dt>
          <dd>{t(`role.${user.role}`)}</dd>
        </div>
        {departmentName && (
          <div>
            <dt>{t('users.department')}</dt>
            <dd>{departmentName}</dd>
          </div>
        )}
        {user.organisation && (
          <div>
            <dt>{t('users.organisation')}</dt>
            <dd>{user.organisation}</dd>
          </div>
        )}
        {(locked || !user.hasPassword) && (
          <div>
            <dt>{t('users.signIn')}</dt>
            <dd>{locked ? t('users.lockedUntil', { time: formatDateTime(user.lockedUntil) }) : t('users.noPassword')}</dd>
          </div>
        )}
      </dl>

      {mode === 'edit' && (
        <UserForm
          user={user}
          onDone={(username) => {
            setMode(null);
            onDone(t('users.saved', { username }));
          }}
          onCancel={() => setMode(null)}
        />
      )}
      {mode === 'reset' && (
        <ResetPasswordForm
          user={user}
          onDone={() => {
            setMode(null);
            onDone(t('users.resetDone', { username: user.username }));
          }}
          onCancel={() => setMode(null)}
        />
      )}
      {mode === 'disable' && (
        <Confirmation
          confirmLabel={t('users.disableYes')}
          pending={toggle.isPending}
          onCancel={() => setMode(null)}
          onConfirm={() => toggle.mutate(true, { onSuccess: () => setMode(null) })}
        >
          {t('users.disableConfirm', { username: user.username })}
        </Confirmation>
      )}
      <CommandError error={toggle.error} />

      {mode === null && (
        <div ref={actions} className="actions user-card__actions" role="group" aria-label={t('users.actionsOf', { username: user.username })}>
          <button type="button" className="button button--secondary" aria-label={t('users.editOf', { username: user.username })} onClick={() => open('edit')}>
            {t('users.edit')}
          </button>
          <button type="button" className="button button--secondary" aria-label={t('users.resetOf', { username: user.username })} onClick={() => open('reset')}>
            {t('users.reset')}
          </button>
          {user.isDisabled ? (
            <button
              type="button"
              className="button button--secondary"
              aria-label={t('users.enableOf', { username: user.username })}
              disabled={toggle.isPending}
              onClick={() => {
                open(null);
                toggle.mutate(false);
              }}
            >
              {t('users.enable')}
            </button>
          ) : (
            !isMe && (
              <button type="button" className="button button--ghost button--danger" aria-label={t('users.disableOf', { username: user.username })} onClick={() => open('disable')}>
                {t('users.disable')}
              </button>
            )
          )}
        </div>
      )}
    </li>
  );
}

function ResetPasswordForm({ user, onDone, onCancel }: { user: UserSummary; onDone: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const reset = useUserCommand((value: string) => resetPassword(user.id, value));
  const errors = useFieldErrors(reset.error);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  function submit(event: FormEvent) {
    event.preventDefault();
    reset.mutate(password, { onSuccess: onDone });
  }

  return (
    <form className="command-form" onSubmit={submit} noValidate aria-labelledby={`reset-${user.id}`}>
      <h3 id={`reset-${user.id}`}>{t('users.resetOf', { username: user.username })}</h3>
      <Field label={t('users.newPassword')} hint={t('users.newPasswordHint')} required errors={errors('password')}>
        {(props) => (
          <input {...props} ref={input} type="password" value={password} autoComplete="new-password" onChange={(e) => setPassword(e.target.value)} />
        )}
      </Field>
      <CommandError error={reset.error} />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={reset.isPending}>
          {reset.isPending ? t('app.loading') : t('users.reset')}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t('app.cancel')}
        </button>
      </div>
    </form>
  );
}
