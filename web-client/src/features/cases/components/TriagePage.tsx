import { PageTitle } from '@/components/PageTitle';
import { useI18n } from '@/i18n/I18n';
import { CaseListView } from './CaseListView';

/** The dispatcher's triage board: received cases with the department their category suggests. */
export default function TriagePage() {
  const { t } = useI18n();
  return (
    <section>
      <PageTitle sub={t('triage.intro')}>{t('triage.title')}</PageTitle>
      <CaseListView filters={{ status: 'Received' }} emptyText={t('triage.empty')} showSubmitter showSuggested />
    </section>
  );
}
