import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { Schemas } from '@/api/client';
import { useFieldErrors } from '@/components/CommandError';
import { Field } from '@/components/Field';
import { FormActions } from '@/components/FormActions';
import { PageTitle } from '@/components/PageTitle';
import { Empty, QueryView } from '@/components/States';
import { formatDateTime } from '@/i18n/format';
import { useI18n } from '@/i18n/I18n';
import { useMarkNotificationRead } from '../api/markNotificationRead';
import { useNotifications } from '../api/listNotifications';
import { useNotificationSettings, useSetNotificationSettings, type NotificationSettings } from '../api/notificationSettings';

type Notification = Schemas['ListNotificationsNotification'];

/** What the user was told, newest first; opening one marks it read and goes to what it is about. Below, how to be told by email. */
export default function NotificationsPage() {
  const { t } = useI18n();
  const notifications = useNotifications();
  const markRead = useMarkNotificationRead();
  const navigate = useNavigate();

  async function open(notification: Notification) {
    if (notification.readAt === null) await markRead.mutateAsync(notification.id);
    void navigate(notification.link);
  }

  return (
    <section>
      <PageTitle sub={t('notifications.intro')}>{t('notifications.title')}</PageTitle>
      <QueryView query={notifications}>
        {(result) =>
          result.items.length === 0 ? (
            <Empty>{t('notifications.empty')}</Empty>
          ) : (
            <>
              <div className="toolbar">
                <p className="muted" role="status">
                  {t('notifications.unread', { count: result.unread })}
                </p>
                {result.unread > 0 && (
                  <button type="button" className="button button--secondary" onClick={() => markRead.mutate(null)} disabled={markRead.isPending}>
                    {t('notifications.markAll')}
                  </button>
                )}
              </div>
              <ul className="case-list">
                {result.items.map((n) => (
                  <li key={n.id} className={`case-card${n.readAt === null ? ' case-card--unread' : ''}`}>
                    <div className="case-card__head">
                      <button type="button" className="case-card__link link-button" onClick={() => void open(n)}>
                        {t(`notifications.kind.${n.kind}`)}
                      </button>
                      <span className="muted">
                        {n.readAt === null && <strong>{t('notifications.new')} · </strong>}
                        {formatDateTime(n.createdAt)}
                      </span>
                    </div>
                    <p className="case-card__text">{n.subject}</p>
                    <p className="notification__body">{n.body}</p>
                  </li>
                ))}
              </ul>
            </>
          )
        }
      </QueryView>
      <SettingsForm />
    </section>
  );
}

function SettingsForm() {
  const { t } = useI18n();
  const settings = useNotificationSettings();
  return (
    <section aria-labelledby="notification-settings">
      <h2 id="notification-settings">{t('notifications.settings')}</h2>
      <QueryView query={settings}>{(current) => <SettingsFields current={current} />}</QueryView>
    </section>
  );
}

function SettingsFields({ current }: { current: NotificationSettings }) {
  const { t } = useI18n();
  const save = useSetNotificationSettings();
  const errors = useFieldErrors(save.error);
  const [email, setEmail] = useState(current.email ?? '');
  const [preference, setPreference] = useState(current.emailPreference);

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ email: email.trim() === '' ? null : email.trim(), emailPreference: preference });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Field label={t('notifications.email')} hint={t('notifications.emailHint')} errors={errors('email')}>
        {(control) => <input {...control} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />}
      </Field>
      <Field label={t('notifications.preference')} errors={errors('emailPreference')}>
        {(control) => (
          <select {...control} value={preference} onChange={(e) => setPreference(e.target.value as NotificationSettings['emailPreference'])}>
            <option value="Immediate">{t('notifications.preference.Immediate')}</option>
            <option value="Digest">{t('notifications.preference.Digest')}</option>
            <option value="None">{t('notifications.preference.None')}</option>
          </select>
        )}
      </Field>
      {save.isSuccess && (
        <p className="notice notice--success" role="status">
          {t('notifications.saved')}
        </p>
      )}
      <FormActions error={save.error} marked={false} pending={save.isPending} submitLabel={t('app.save')} />
    </form>
  );
}
