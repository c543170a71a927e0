import { Link, useParams } from 'react-router';
import { useUser } from '@/lib/auth';
import { PageTitle } from '@/components/PageTitle';
import { QueryView } from '@/components/States';
import { formatDateTime } from '@/i18n/format';
import { useI18n } from '@/i18n/I18n';
import { CaseCard } from '@/components/CaseCard';
import { usePetition } from '@/api/petitions/getPetition';

export function PetitionPage() {
  const { t } = useI18n();
  const user = useUser();
  const id = Number(useParams().id);
  const petition = usePetition(id);
  const mayDraft = user.role === 'Dispatcher' || user.role === 'DepartmentOfficer';
  return (
    <QueryView query={petition}>
      {(p) => (
        <section>
          <PageTitle sub={`${p.submitterName} – ${p.submitterTitle}${p.area ? ` (${p.area})` : ''}`}>
            {t('petition.title', { number: p.number })}
          </PageTitle>
          <p className="meta-line">
            <span>{t('petition.submittedAt', { at: formatDateTime(p.submittedAt) })}</span>
            <span>{t('petition.leadAgency', { agency: p.leadAgency })}</span>
          </p>
          {mayDraft && p.cases.some((c) => c.status === 'Resolved' || c.status === 'Referred') && (
            <p>
              <Link className="button button--primary" to={`/replies/new?petitionId=${p.id}`}>
                {t('petition.draftReply')}
              </Link>
            </p>
          )}
          <h2>{t('petition.cases')}</h2>
          <ul className="case-list">
            {p.cases.map((item) => (
              <CaseCard key={item.id} item={item} showDepartment={user.role !== 'GroupLeader'} />
            ))}
          </ul>
        </section>
      )}
    </QueryView>
  );
}
