import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dispatcher, mockApi, renderPage } from '@/test/render';
import EscalationsPage from './EscalationsPage';

describe('the escalation list', () => {
  it('shows each case with its reasons in words, and says so when there is none', async () => {
    mockApi({
      'GET /api/escalations': {
        body: [{
          caseId: 7, petitionId: 4, sessionId: 1, sessionTitle: 'Hội nghị', stt: 4, text: 'Điểm tập kết rác', category: 'Environment',
          status: 'Referred', departmentId: 2, departmentName: 'KT-HT-ĐT', submitterName: 'Lại Ngọc Thuận', organisation: 'TDP số 25',
          dueDate: '2026-04-20', lastWorkingDay: '2026-04-17', repliedOn: null, referredTo: 'Sở Xây dựng', createdAt: '2026-04-10T02:00:00+00:00',
          sessionHeldOn: '2026-04-10', reasons: ['Overdue', 'BeyondAuthority'],
        }],
      },
    });
    renderPage(<EscalationsPage />, { me: { ...dispatcher, role: 'Overseer' } });
    const reasons = await screen.findByRole('list', { name: 'Lý do' });
    expect(within(reasons).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Quá hạn chưa trả lời', 'Vượt thẩm quyền']);
    expect(screen.getByRole('link', { name: 'Mở nội dung số 7' })).toHaveAttribute('href', '/cases/7');
    expect(screen.getByText('Sở Xây dựng')).toBeInTheDocument();
  });

  it('has an empty state', async () => {
    mockApi({ 'GET /api/escalations': { body: [] } });
    renderPage(<EscalationsPage />, { me: { ...dispatcher, role: 'Overseer' } });
    expect(await screen.findByText('Không có nội dung nào cần báo cáo.')).toBeInTheDocument();
  });
});
