import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CaseSummary } from '@/api/types';
import { categories, mockApi, renderPage, sessions } from '@/test/render';
import DashboardPage from './DashboardPage';
import { summarise } from './summarise';

const item = (id: number, overrides: Partial<CaseSummary>): CaseSummary => ({
  id, petitionId: 1, sessionId: 1, itemNumber: id, text: `Nội dung ${id}`, category: 'Flooding', location: null, status: 'Received',
  departmentId: null, departmentName: null, suggestedDepartmentId: null, suggestedDepartmentName: null, dueDate: '2026-04-20',
  lastWorkingDay: '2026-04-17', overdue: false, atRisk: false, repliedOn: null, version: 1, submitterName: 'A', submitterTitle: 'B',
  organisation: 'TDP số 19', area: null, ...overrides,
});

const cases = [
  item(1, { status: 'Replied', repliedOn: '2026-04-16', departmentName: 'KT-HT-ĐT' }),
  item(2, { status: 'Replied', repliedOn: '2026-04-21', departmentName: 'KT-HT-ĐT', category: 'Security' }),
  item(3, { status: 'InProgress', overdue: true, departmentName: 'Công an phường', category: 'Security' }),
  item(4, { status: 'Received' }),
];

describe('the dashboard', () => {
  it('counts on time only the replies issued before the due date', () => {
    const s = summarise(cases);
    expect(s).toMatchObject({ total: 4, replied: 2, overdue: 1, onTime: 1, onTimeShare: 0.25 });
    expect(s.byCategory).toEqual([['Flooding', 2], ['Security', 2]]);
    expect(s.byDepartment[0]).toEqual(['KT-HT-ĐT', 2]);
  });

  it('draws the figures with their numbers readable as text', async () => {
    mockApi({ 'GET /api/cases': { body: { items: cases, nextCursor: null } }, 'GET /api/sessions': { body: sessions }, 'GET /api/categories': { body: categories } });
    renderPage(<DashboardPage />, { me: { ...(await import('@/test/render')).dispatcher, role: 'PartyOffice' } });
    expect(await screen.findByRole('img', { name: /1\/4 nội dung trả lời trước hạn: 25,0%/ })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Theo lĩnh vực' })).toHaveTextContent('Úng ngập2');
    expect(screen.getByRole('list', { name: 'Theo đơn vị xử lý' })).toHaveTextContent('Chưa giao1');
  });
});
