import type { CaseStatus, CaseSummary, Category } from '@/api/types';

const statusOrder: CaseStatus[] = ['Received', 'Assigned', 'InProgress', 'Resolved', 'Replied', 'Closed', 'Referred'];

export type Summary = {
  total: number;
  replied: number;
  overdue: number;
  /** Replied before the due date ("trước ngày 20/4/2026"), as the session report counts it. */
  onTime: number;
  onTimeShare: number;
  byStatus: Array<[CaseStatus, number]>;
  byCategory: Array<[Category, number]>;
  byDepartment: Array<[string | null, number]>;
};

const countBy = <K,>(items: CaseSummary[], key: (c: CaseSummary) => K) => {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};

export function summarise(items: CaseSummary[]): Summary {
  const onTime = items.filter((c) => c.repliedOn !== null && c.repliedOn < c.dueDate).length;
  const byStatus = countBy(items, (c) => c.status);
  return {
    total: items.length,
    replied: items.filter((c) => c.repliedOn !== null).length,
    overdue: items.filter((c) => c.overdue).length,
    onTime,
    onTimeShare: items.length ? onTime / items.length : 0,
    byStatus: statusOrder.filter((s) => byStatus.has(s)).map((s) => [s, byStatus.get(s)!]),
    byCategory: [...countBy(items, (c) => c.category).entries()].sort((a, b) => b[1] - a[1]),
    byDepartment: [...countBy(items, (c) => c.departmentName).entries()].sort((a, b) => b[1] - a[1]),
  };
}
