import { useState } from 'react';
import type { Ward } from '@/api/types';
import { CreatePanel } from '@/components/CreatePanel';
import { PageTitle } from '@/components/PageTitle';
import { Empty, QueryView } from '@/components/States';
import { useMe } from '@/api/auth/getMe';
import { useI18n } from '@/i18n/I18n';
import { useWards } from '../api/listWards';
import { WardAdminForm } from './WardAdminForm';
import { WardForm } from './WardForm';

/** For the Admin: the wards and their departments; a city-level administrator creates a ward, then its first administrator. */
export default function WardsPage() {
  const { t } = useI18n();
  const me = useMe();
  const wards = useWards();
  const [done, setDone] = useState('');
  const [created, setCreated] = useState<Ward | null>(null);
  const cityLevel = me.data?.wardId === null;

  return (
    <section>
      <PageTitle sub={t(cityLevel ? 'wards.introCity' : 'wards.introWard')}>{t('wards.title')}</PageTitle>
      <p role="status" className={done ? 'notice notice--success' : undefined}>
        {done}
      </p>
      {created && (
        <div className="panel">
          <WardAdminForm
            ward={created}
            onDone={(username) => {
              setDone(t('wards.adminCreated', { username, ward: created.name }));
              setCreated(null);
            }}
          />
        </div>
      )}
      {cityLevel && !created && (
        <CreatePanel label={t('wards.add')} onOpen={() => setDone('')}>
          {(close) => (
            <WardForm
              onDone={(ward) => {
                close();
                setCreated(ward);
                setDone(t('wards.created', { name: ward.name }));
              }}
              onCancel={close}
            />
          )}
        </CreatePanel>
      )}
      <section aria-labelledby="wards-list">
        <h2 id="wards-list">{t('wards.listTitle')}</h2>
        <QueryView query={wards}>
          {(items) =>
            items.length === 0 ? (
              <Empty>{t('wards.empty')}</Empty>
            ) : (
              <ul className="case-list">
                {items.map((ward) => (
                  <li key={ward.id} className="case-card user-card" aria-labelledby={`ward-${ward.id}`}>
                    <h3 className="user-card__name" id={`ward-${ward.id}`}>
                      {ward.name}
                    </h3>
                    <dl className="facts">
                      <dt>{t('wards.code')}</dt>
                      <dd>{ward.code}</dd>
                      <dt>{t('wards.superiorParty')}</dt>
                      <dd>{ward.superiorParty ?? t('app.none')}</dd>
                      <dt>{t('wards.departments')}</dt>
                      <dd>{ward.departments.map((d) => d.shortName).join(', ')}</dd>
                      <dt>{t('wards.users')}</dt>
                      <dd>{ward.users}</dd>
                    </dl>
                  </li>
                ))}
              </ul>
            )
          }
        </QueryView>
      </section>
    </section>
  );
}
