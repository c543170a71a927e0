import type { CaseFilters } from '@/api/cases/listCases';
import { useCasePages } from '@/api/cases/listCases';
import { Empty, QueryView } from '@/components/States';
import { useI18n } from '@/i18n/I18n';
import { CaseCard } from '@/components/CaseCard';

type Props = {
  filters: CaseFilters;
  emptyText: string;
  showSubmitter?: boolean;
  showDepartment?: boolean;
  showSuggested?: boolean;
};

/** A paged list of cases ("show more" follows the API's cursor). */
export function CaseListView({ filters, emptyText, ...show }: Props) {
  const { t } = useI18n();
  const pages = useCasePages(filters);
  return (
    <QueryView query={pages}>
      {(data) => {
        const items = data.pages.flatMap((p) => p.items);
        if (items.length === 0) return <Empty>{emptyText}</Empty>;
        return (
          <>
            <p className="muted" role="status">
              {t('list.count', { count: `${items.length}${pages.hasNextPage ? '+' : ''}` })}
            </p>
            <ul className="case-list">
              {items.map((item) => (
                <CaseCard key={item.id} item={item} {...show} />
              ))}
            </ul>
            {pages.hasNextPage && (
              <button type="button" className="button button--secondary" disabled={pages.isFetchingNextPage} onClick={() => pages.fetchNextPage()}>
                {t('list.more')}
              </button>
            )}
          </>
        );
      }}
    </QueryView>
  );
}
