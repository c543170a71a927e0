import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dispatcher, mockApi, renderPage } from '@/test/render';
import EscalationsPage from './EscalationsPage';

const escalated = (caseId: number, reasons: string[], text = `Nội dung ${caseId}`) => ({
  caseId, petitionId: 4, sessionId: 1, sessionTitle: 'Hội nghị', stt: 4, text, category: 'Environment', status: 'Assigned',
  departmentId: 2, departmentName: 'KT-HT-ĐT', submitterName: 'Lại Ngọc Thuận', organisation: 'TDP số 25', dueDate: '2026-04-20',
  lastWorkingDay: '2026-04-17', repliedOn: null, referredTo: null, createdAt: '2026-04-10T02:00:00+00:00', sessionHeldOn: '2026-04-10', reasons,
});

describe('the escalation list', () => {
  it('groups the cases by reason, in the order of section 5, each group with its count', async () => {
    mockApi({
      'GET /api/escalations': {
        body: [escalated(1, ['AtRisk']), escalated(2, ['Overdue', 'BeyondAuthority']), escalated(3, ['Overdue']), escalated(4, ['NewlyArising'])],
      },
    });
    renderPage(<EscalationsPage />, { me: { ...dispatcher, role: 'Overseer' } });

    const counts = await screen.findByRole('list', { name: 'Số nội dung theo lý do' });
    expect(within(counts).getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Quá hạn chưa trả lời: 2', '#reason-Overdue'],
      ['Có nguy cơ quá hạn: 1', '#reason-AtRisk'],
      ['Vượt thẩm quyền: 1', '#reason-BeyondAuthority'],
      ['Phát sinh sau hội nghị: 1', '#reason-NewlyArising'],
    ]);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Quá hạn chưa trả lời (2)', 'Có nguy cơ quá hạn (1)', 'Vượt thẩm quyền (1)', 'Phát sinh sau hội nghị (1)',
    ]);
    const overdue = screen.getByRole('region', { name: 'Quá hạn chưa trả lời (2)' });
    expect(within(overdue).getAllByRole('link', { name: /Mở nội dung số/ }).map((a) => a.getAttribute('href'))).toEqual(['/cases/2', '/cases/3']);
    const beyond = screen.getByRole('region', { name: 'Vượt thẩm quyền (1)' });
    expect(within(beyond).getByRole('link', { name: 'Mở nội dung số 2' })).toBeInTheDocument();
    expect(screen.getByText('4 nội dung', { exact: false })).toBeInTheDocument();
    expect(within(overdue).getAllByText('trước 20/04/2026 (chậm nhất 17/04/2026)')).toHaveLength(2);
  });

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
    // One case, two reasons: it is in both groups, each card with both reasons.
    const reasons = await screen.findAllByRole('list', { name: 'Lý do' });
    expect(reasons).toHaveLength(2);
    expect(within(reasons[0]).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Quá hạn chưa trả lời', 'Vượt thẩm quyền']);
    expect(screen.getAllByRole('link', { name: 'Mở nội dung số 7' })[0]).toHaveAttribute('href', '/cases/7');
    expect(screen.getAllByText('Sở Xây dựng')).toHaveLength(2);
    expect(screen.getByText('1 nội dung')).toBeInTheDocument();
  });

  it('has an empty state', async () => {
    mockApi({ 'GET /api/escalations': { body: [] } });
    renderPage(<EscalationsPage />, { me: { ...dispatcher, role: 'Overseer' } });
    expect(await screen.findByText('Không có nội dung nào cần báo cáo.')).toBeInTheDocument();
  });
});
