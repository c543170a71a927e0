import { useState } from 'react';
import { Link } from 'react-router';
import type { CaseStatus } from '@/api/types';
import { useUser } from '@/lib/auth';
import { PageTitle } from '@/components/PageTitle';
import { Empty, QueryView } from '@/components/States';
import { formatPercent } from '@/i18n/format';
import { useI18n } from '@/i18n/I18n';
import { useSessions } from '@/api/reference/listSessions';
import { useCategoryName } from '@/hooks/useCategoryName';
import { BarChart, Donut, StackedBar, type Bar } from './Charts';
import { RatingChart, RatingKpi } from './RatingCard';
import { useDashboard } from '../api/getDashboard';

const statusTone: Record<CaseStatus, string> = {
  Received: 'grey',
  Assigned: 'blue',
  InProgress: 'amber',
  Resolved: 'teal',
  Replied: 'green',
  Closed: 'dark',
  Referred: 'purple',
  Refused: 'red',
};

/** Cases by status, category and department, and the share answered on time, for a session or all of them (counted by the API). */
export default function DashboardPage() {
  const { t, lang } = useI18n();
  const user = useUser();
  const sessions = useSessions();
  const [sessionId, setSessionId] = useState<number | ''>('');
  const dashboard = useDashboard(sessionId === '' ? null : sessionId);
  const categoryName = useCategoryName();

  return (
    <section>
      <PageTitle>{t('dashboard.title')}</PageTitle>
      <div className="toolbar">
        <div className="field">
          <label htmlFor="dash-session">{t('dashboard.session')}</label>
          <select id="dash-session" value={sessionId} onChange={(e) => setSessionId(e.target.value ? Number(e.target.value) : '')}>
            <option value="">{t('dashboard.allSessions')}</option>
            {sessions.data?.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
        {(user.role === 'PartyOffice' || user.role === 'Overseer' || user.role === 'Dispatcher' || user.role === 'Admin') && (
          <Link className="button button--secondary" to={`/reports${sessionId === '' ? '' : `/${sessionId}`}`}>
            {t('dashboard.openReport')}
          </Link>
        )}
      </div>
      <QueryView query={dashboard}>
        {(s) => {
          if (s.total === 0) return <Empty>{t('dashboard.empty')}</Empty>;
          const onTimeShare = s.onTime / s.total;
          const statusBars: Bar[] = s.byStatus.map(({ status, count }) => ({ key: status, label: t(`status.${status}`), value: count, tone: statusTone[status] }));
          const categoryBars: Bar[] = s.byCategory.map(({ category, count }) => ({ key: category, label: categoryName(category), value: count }));
          const departmentBars: Bar[] = s.byDepartment.map(({ departmentId, departmentName, count }) => ({
            key: String(departmentId ?? '-'),
            label: departmentName ?? t('dashboard.unassigned'),
            value: count,
            tone: departmentName ? 'default' : 'grey',
          }));
          return (
            <>
              <div className="kpis">
                <div className="kpi">
                  <span className="kpi__value">{s.total}</span>
                  <span className="kpi__label">{t('dashboard.total')}</span>
                </div>
                <div className="kpi">
                  <span className="kpi__value">{s.replied}</span>
                  <span className="kpi__label">{t('dashboard.replied')}</span>
                </div>
                <div className={`kpi${s.overdue ? ' kpi--alert' : ''}`}>
                  <span className="kpi__value">{s.overdue}</span>
                  <span className="kpi__label">{t('dashboard.overdue')}</span>
                </div>
                <Donut
                  share={onTimeShare}
                  label={formatPercent(onTimeShare, lang)}
                  caption={t('dashboard.onTimeOf', { onTime: s.onTime, total: s.total })}
                />
                <RatingKpi ratings={s.ratings} />
              </div>
              <div className="charts">
                <StackedBar title={t('dashboard.byStatus')} parts={statusBars} />
                <BarChart title={t('dashboard.byCategory')} bars={categoryBars} />
                <BarChart title={t('dashboard.byDepartment')} bars={departmentBars} />
                {s.ratings.count > 0 && <RatingChart ratings={s.ratings} />}
              </div>
            </>
          );
        }}
      </QueryView>
    </section>
  );
}
