import { Link } from 'react-router';
import type { CaseSummary } from '@/api/types';
import { useUser } from '@/lib/auth';
import { PageTitle } from '@/components/PageTitle';
import { Empty, QueryView } from '@/components/States';
import { useI18n } from '@/i18n/I18n';
import { useAllCases } from '@/api/cases/listCases';
import { CaseCard } from '@/components/CaseCard';
import { useSessions } from '@/api/reference/listSessions';

/** A group leader's petitions: their organisation's cases (the API scopes the list), grouped by petition. */
export function MyPetitionsPage() {
  const { t } = useI18n();
  const user = useUser();
  const cases = useAllCases({});
  const sessions = useSessions();
  const sessionTitle = (id: number) => sessions.data?.find((s) => s.id === id)?.title ?? '';

  return (
    <section>
      <PageTitle sub={t('leader.intro')}>{t('leader.title', { organisation: user.organisation ?? user.displayName })}</PageTitle>
      <p>
        <Link to="/petitions/new" className="button button--primary">
          {t('nav.submit')}
        </Link>
      </p>
      <QueryView query={cases}>
        {(items) => {
          if (items.length === 0) return <Empty>{t('leader.empty')}</Empty>;
          const petitions = new Map<number, CaseSummary[]>();
          for (const item of [...items].sort((a, b) => b.petitionId - a.petitionId || a.itemNumber - b.itemNumber)) {
            petitions.set(item.petitionId, [...(petitions.get(item.petitionId) ?? []), item]);
          }
          return [...petitions.entries()].map(([petitionId, group]) => (
            <section key={petitionId} className="petition-group" aria-labelledby={`petition-${petitionId}`}>
              <h2 id={`petition-${petitionId}`}>
                <Link to={`/petitions/${petitionId}`}>
                  {t('leader.petition', { number: petitionId, session: sessionTitle(group[0].sessionId) })}
                </Link>
              </h2>
              <p className="petition-group__session">
                {group[0].submitterName} – {group[0].submitterTitle}
              </p>
              {group.some((c) => c.status === 'Replied') && <p className="notice notice--info">{t('leader.confirmHint')}</p>}
              <ul className="case-list">
                {group.map((item) => (
                  <CaseCard key={item.id} item={item} />
                ))}
              </ul>
            </section>
          ));
        }}
      </QueryView>
    </section>
  );
}
