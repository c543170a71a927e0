import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CaseSummary } from '@/api/types';
import { categories, mockApi, officer, renderPage } from '@/test/render';
import InboxPage from './InboxPage';

const item = (id: number, departmentId: number): CaseSummary => ({
  id, petitionId: 1, sessionId: 1, itemNumber: id, text: `Nội dung ${id}`, category: 'Flooding', location: null,
  status: 'InProgress', departmentId, departmentName: departmentId === 2 ? 'KT-HT-ĐT' : 'Công an phường',
  suggestedDepartmentId: null, suggestedDepartmentName: null, dueDate: '2026-04-20', lastWorkingDay: '2026-04-17',
  overdue: false, atRisk: false, repliedOn: null, version: 2, submitterName: 'Nguyễn Bảo Bình',
  submitterTitle: 'Tổ trưởng TDP số 19', organisation: 'TDP số 19', area: null,
});

describe("a department's inbox", () => {
  it('marks the cases the department supports rather than leads', async () => {
    mockApi({ 'GET /api/cases': { body: { items: [item(1, 2), item(2, 5)], nextCursor: null } }, 'GET /api/categories': { body: categories } });
    renderPage(<InboxPage />, { path: '/inbox', route: '/inbox', me: officer });
    const cards = await screen.findAllByRole('listitem');
    expect(within(cards[0]).queryByText('Phối hợp')).not.toBeInTheDocument();
    expect(within(cards[1]).getByText('Phối hợp')).toBeInTheDocument();
  });
});
