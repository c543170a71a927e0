import { useState } from 'react';
import { useUser } from '@/lib/auth';
import { PageTitle } from '@/components/PageTitle';
import { Empty, QueryView } from '@/components/States';
import { useI18n } from '@/i18n/I18n';
import { useAllCases } from '@/api/cases/listCases';
import { CaseCard } from '@/components/CaseCard';

/** A department's cases (GET /api/cases is scoped to the officer's department): open work first. */
export default function InboxPage() {
  const { t } = useI18n();
  const user = useUser();
  const cases = useAllCases({});
  const [tab, setTab] = useState<'open' | 'done'>('open');
  return (
    <section>
      <PageTitle sub={t('inbox.intro')}>{t('inbox.title', { department: user.departmentName ?? '' })}</PageTitle>
      <QueryView query={cases}>
        {(items) => {
          const open = items.filter((c) => c.status === 'Assigned' || c.status === 'InProgress');
          const done = items.filter((c) => !(c.status === 'Assigned' || c.status === 'InProgress'));
          const shown = tab === 'open' ? open : done;
          return (
            <>
              <div className="segmented" role="group" aria-label={t('list.status')}>
                <button type="button" aria-pressed={tab === 'open'} onClick={() => setTab('open')}>
                  {t('inbox.open')} ({open.length})
                </button>
                <button type="button" aria-pressed={tab === 'done'} onClick={() => setTab('done')}>
                  {t('inbox.done')} ({done.length})
                </button>
              </div>
              {shown.length === 0 ? (
                <Empty>{t('inbox.empty')}</Empty>
              ) : (
                <ul className="case-list">
                  {shown
                    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id - b.id)
                    .map((item) => (
                      <CaseCard key={item.id} item={item} showSubmitter supporting={item.departmentId !== user.departmentId} />
                    ))}
                </ul>
              )}
            </>
          );
        }}
      </QueryView>
    </section>
  );
}
