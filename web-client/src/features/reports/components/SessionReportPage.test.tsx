import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { dispatcher, mockApi, renderPage, sessions } from '@/test/render';
import SessionReportPage from './SessionReportPage';

const partyOffice = { ...dispatcher, id: 6, username: 'partyoffice', displayName: 'Văn phòng Đảng ủy', role: 'PartyOffice' as const };

const report = {
  wardName: 'Phường Yên Hòa',
  generatedOn: '2026-04-21',
  session: { id: 1, code: 'Q1-2026', title: sessions[0].title, heldOn: '2026-04-10', replyDeadline: '2026-04-20', lastWorkingDay: '2026-04-17' },
  summary: { petitionCount: 0, caseCount: 0, onTime: 0, late: 0, notReplied: 0, onTimeShare: 0, byStatus: [], byCategory: [], byDepartment: [] },
  rows: [],
  escalations: [],
};

function api() {
  let reported = false;
  return mockApi({
    'GET /api/sessions': () => ({ body: sessions.map((s) => ({ ...s, reportedOn: reported ? '2026-04-21' : null, reportedBy: reported ? 'partyoffice' : null })) }),
    'GET /api/sessions/1/report': { body: report },
    'POST /api/sessions/1/reported': () => {
      reported = true;
      return { body: { ...sessions[0], reportedOn: '2026-04-21', reportedBy: 'partyoffice' } };
    },
  });
}

describe('the session report page', () => {
  it('lets the Party Office mark the session reported once, after confirming', async () => {
    const { calls } = api();
    renderPage(<SessionReportPage />, { path: '/reports/:sessionId', route: '/reports/1', me: partyOffice });

    await userEvent.click(await screen.findByRole('button', { name: 'Đánh dấu đã báo cáo' }));
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
    expect(screen.getByRole('group', { name: 'Đánh dấu đã báo cáo' })).toHaveTextContent('Chỉ đánh dấu được một lần');
    await userEvent.click(screen.getByRole('button', { name: 'Xác nhận đã báo cáo' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Đã báo cáo Thường trực Đảng ủy ngày 21/04/2026 (partyoffice).');
    expect(calls.filter((c) => c.method === 'POST').map((c) => new URL(c.url).pathname)).toEqual(['/api/sessions/1/reported']);
    expect(screen.queryByRole('button', { name: 'Đánh dấu đã báo cáo' })).not.toBeInTheDocument();
  });

  it('only tells other readers whether it was reported', async () => {
    api();
    renderPage(<SessionReportPage />, { path: '/reports/:sessionId', route: '/reports/1', me: dispatcher });

    expect(await screen.findByText('Chưa báo cáo Thường trực Đảng ủy.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Đánh dấu đã báo cáo' })).not.toBeInTheDocument();
  });
});
