import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { dispatcher, mockApi, renderPage, sessions } from '@/test/render';
import SessionReportPage from './SessionReportPage';

const partyOffice = { ...dispatcher, id: 6, username: 'partyoffice', displayName: 'Văn phòng Đảng ủy', role: 'PartyOffice' as const };

const report = {
  wardName: 'Phường Yên Hòa',
  generatedOn: '2026-04-21',
  session: { id: 1, code: 'Q1-2026', title: sessions[0].title, heldOn: '2026-04-10', replyDeadline: '2026-04-20', lastWorkingDay: '2026-04-17' },
  summary: { petitionCount: 0, caseCount: 0, onTime: 0, late: 0, notReplied: 0, refused: 0, onTimeShare: 0, byStatus: [], byCategory: [], byDepartment: [] },
  rows: [],
  escalations: [],
  ratings: { count: 0, average: null, distribution: [] },
};

function api() {
  let reported = false;
  return mockApi({
    'GET /api/sessions': () => ({ body: sessions.map((s) => ({ ...s, reportedOn: reported ? '2026-04-21' : null, reportedBy: reported ? 'partyoffice' : null,
      reportedByName: reported ? 'Văn phòng Đảng ủy' : null })) }),
    'GET /api/sessions/1/report': { body: report },
    'POST /api/sessions/1/reported': () => {
      reported = true;
      return { body: { ...sessions[0], reportedOn: '2026-04-21', reportedBy: 'partyoffice', reportedByName: 'Văn phòng Đảng ủy' } };
    },
  });
}

describe('the session report page', () => {
  it('lets the Party Office mark the session reported once, after confirming', async () => {
    const { calls } = api();
    renderPage(<SessionReportPage />, { path: '/reports/:sessionId', route: '/reports/1', me: partyOffice });

    await userEvent.click(await screen.findByRole('button', { name: 'Đánh dấu đã báo cáo' }));
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
    expect(screen.getByRole('alert')).toHaveTextContent('Chỉ đánh dấu được một lần');
    expect(screen.getByRole('alert')).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Hủy' }));
    expect(screen.getByRole('button', { name: 'Đánh dấu đã báo cáo' })).toHaveFocus();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);

    await userEvent.click(screen.getByRole('button', { name: 'Đánh dấu đã báo cáo' }));
    await userEvent.click(screen.getByRole('button', { name: 'Xác nhận đã báo cáo' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Đã báo cáo Thường trực Đảng ủy ngày 21/04/2026 (Văn phòng Đảng ủy).');
    expect(calls.filter((c) => c.method === 'POST').map((c) => new URL(c.url).pathname)).toEqual(['/api/sessions/1/reported']);
    expect(screen.queryByRole('button', { name: 'Đánh dấu đã báo cáo' })).not.toBeInTheDocument();
  });

  it('registers the report with the signer the Party Office chooses, the ward\'s default chosen first', async () => {
    const signer = (id: number, name: string, position: string) => ({ id, name, position, form: 'ByOrder', disabled: false, lines: [], signsReplies: false });
    const { calls } = mockApi({
      'GET /api/sessions': { body: sessions },
      'GET /api/sessions/1/report': { body: report },
      'GET /api/signers': { body: { signers: [signer(3, 'Lương Khánh Ngọc', 'Chánh Văn phòng'), signer(4, 'Đỗ Văn Hải', 'Phó Chánh Văn phòng')], replySignerId: null, reportSignerId: 3 } },
      'POST /api/sessions/1/reported': { body: { ...sessions[0], reportedOn: '2026-04-21', reportedBy: 'partyoffice', reportedByName: 'Văn phòng Đảng ủy' } },
    });
    renderPage(<SessionReportPage />, { path: '/reports/:sessionId', route: '/reports/1', me: partyOffice });

    await userEvent.click(await screen.findByRole('button', { name: 'Đánh dấu đã báo cáo' }));
    const chooser = screen.getByRole('combobox', { name: 'Người ký báo cáo' });
    await screen.findByRole('option', { name: 'Đỗ Văn Hải – Phó Chánh Văn phòng' });
    expect(chooser).toHaveValue('3');
    await userEvent.selectOptions(chooser, '4');
    await userEvent.click(screen.getByRole('button', { name: 'Xác nhận đã báo cáo' }));

    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const sent = new URL(calls.find((c) => c.method === 'POST')!.url);
    expect(sent.pathname).toBe('/api/sessions/1/reported');
    expect(sent.searchParams.get('signerId')).toBe('4');
  });

  it('only tells other readers whether it was reported', async () => {
    api();
    renderPage(<SessionReportPage />, { path: '/reports/:sessionId', route: '/reports/1', me: dispatcher });

    expect(await screen.findByText('Chưa báo cáo Thường trực Đảng ủy.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Đánh dấu đã báo cáo' })).not.toBeInTheDocument();
  });

  it('opens on the newest session with cases, not a newer empty one', async () => {
    const empty = { ...sessions[0], id: 2, code: '2026-Q2', title: 'Hội nghị giao ban quý II/2026', petitionCount: 0, caseCount: 0 };
    const { calls } = mockApi({
      'GET /api/sessions': { body: [empty, sessions[0]] },
      'GET /api/sessions/1/report': { body: report },
    });
    renderPage(<SessionReportPage />, { path: '/reports', route: '/reports', me: partyOffice });

    expect(await screen.findByRole('combobox', { name: 'Chọn hội nghị' })).toHaveValue('1');
    expect(await screen.findByText('Hạn trả lời: trước 20/04/2026 (chậm nhất 17/04/2026)')).toBeInTheDocument();
    expect(calls.map((c) => new URL(c.url).pathname)).not.toContain('/api/sessions/2/report');
  });

  it('gives each row as a card too, for phones, with every column labelled', async () => {
    const row = {
      stt: 1, petitionId: 1, caseId: 3, itemNumber: 2, submitter: 'Nguyễn Bảo Bình – Tổ trưởng TDP số 19 (Trung Hòa)', organisation: 'TDP số 19',
      content: 'Lòng đường bị lấn chiếm', category: 'UrbanOrder', categoryName: 'Trật tự đô thị', leadAgency: 'UBND phường',
      department: 'KT-HT-ĐT', status: 'Replied', result: 'Đã giải tỏa.', referredTo: null, referralLetter: null, refusalReason: null,
      replyNumber: '07/UBND-VP', replyIssuedOn: '2026-04-16', dueDate: '2026-04-20', timeliness: 'OnTime', escalations: [],
      rating: null, ratingComment: null,
    } as const;
    mockApi({
      'GET /api/sessions': { body: sessions },
      'GET /api/sessions/1/report': { body: { ...report, rows: [row] } },
    });
    renderPage(<SessionReportPage />, { path: '/reports/:sessionId', route: '/reports/1', me: partyOffice });

    const cards = await screen.findByRole('list', { name: 'Báo cáo kết quả giải quyết kiến nghị' });
    const card = within(cards).getByRole('listitem');
    expect(card).toHaveTextContent('STT 1 · nội dung 2');
    expect(within(card).getByRole('link', { name: 'Lòng đường bị lấn chiếm' })).toHaveAttribute('href', '/cases/3');
    const facts = within(card).getAllByRole('term').map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`);
    expect(facts).toEqual([
      'Tổ chức/Cá nhân kiến nghị: Nguyễn Bảo Bình – Tổ trưởng TDP số 19 (Trung Hòa)',
      'Cơ quan chủ trì: UBND phường',
      'Đơn vị xử lý: KT-HT-ĐT',
      'Kết quả giải quyết: Đã giải tỏa.',
      'Văn bản trả lời: 07/UBND-VP, 16/04/2026',
    ]);
    expect(card).toHaveTextContent('Đúng hạn');
  });

  it('counts the refused items and gives each its reason as its result', async () => {
    const row = {
      stt: 2, petitionId: 2, caseId: 4, itemNumber: 1, submitter: 'Mai Văn Khánh – Bí thư Chi bộ 13 (Yên Hòa)', organisation: 'Chi bộ 13',
      content: 'Phân xử tranh chấp đất', category: 'Other', categoryName: 'Khác', leadAgency: 'UBND phường',
      department: null, status: 'Refused', result: null, referredTo: null, referralLetter: null, refusalReason: 'Thuộc thẩm quyền Tòa án.',
      replyNumber: null, replyIssuedOn: null, dueDate: '2026-04-20', timeliness: 'OnTime', escalations: [],
      rating: null, ratingComment: null,
    } as const;
    mockApi({
      'GET /api/sessions': { body: sessions },
      'GET /api/sessions/1/report': { body: { ...report, summary: { ...report.summary, caseCount: 1, refused: 1 }, rows: [row] } },
    });
    renderPage(<SessionReportPage />, { path: '/reports/:sessionId', route: '/reports/1', me: partyOffice });

    expect(await screen.findByText('Từ chối, không thuộc phạm vi giải quyết: 1 nội dung')).toBeInTheDocument();
    const card = within(await screen.findByRole('list', { name: 'Báo cáo kết quả giải quyết kiến nghị' })).getByRole('listitem');
    expect(card).toHaveTextContent('Kết quả giải quyết' + 'Từ chối: Thuộc thẩm quyền Tòa án.');
  });

  it("shows the session's average satisfaction and each case's rating, in the table and on its card", async () => {
    const row = {
      stt: 1, petitionId: 1, caseId: 3, itemNumber: 1, submitter: 'Nguyễn Bảo Bình – Tổ trưởng TDP số 19 (Trung Hòa)', organisation: 'TDP số 19',
      content: 'Lòng đường bị lấn chiếm', category: 'UrbanOrder', categoryName: 'Trật tự đô thị', leadAgency: 'UBND phường',
      department: 'KT-HT-ĐT', status: 'Closed', result: 'Đã giải tỏa.', referredTo: null, referralLetter: null,
      replyNumber: '07/UBND-VP', replyIssuedOn: '2026-04-16', dueDate: '2026-04-20', timeliness: 'OnTime', escalations: [],
      rating: 4, ratingComment: 'Đã thông thoáng.',
    } as const;
    mockApi({
      'GET /api/sessions': { body: sessions },
      'GET /api/sessions/1/report': {
        body: { ...report, rows: [row], ratings: { count: 2, average: 4.5, distribution: [{ rating: 4, count: 1 }, { rating: 5, count: 1 }] } },
      },
    });
    renderPage(<SessionReportPage />, { path: '/reports/:sessionId', route: '/reports/1', me: partyOffice });

    expect(await screen.findByText('Mức độ hài lòng của người kiến nghị: bình quân 4,5/5 (2 đánh giá)')).toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Mức độ hài lòng' })).toBeInTheDocument();
    expect(within(table).getByRole('img', { name: 'Mức độ hài lòng: 4/5' })).toBeInTheDocument();
    expect(table).toHaveTextContent('4/5“Đã thông thoáng.”');
    const card = within(screen.getByRole('list', { name: 'Báo cáo kết quả giải quyết kiến nghị' })).getByRole('listitem');
    expect(card).toHaveTextContent(/Mức độ hài lòng★+ 4\/5“Đã thông thoáng\.”/);
  });

  it('says when no one has rated a reply of the session yet', async () => {
    mockApi({ 'GET /api/sessions': { body: sessions }, 'GET /api/sessions/1/report': { body: { ...report, rows: [] } } });
    renderPage(<SessionReportPage />, { path: '/reports/:sessionId', route: '/reports/1', me: partyOffice, lang: 'en' });
    expect(await screen.findByText('No satisfaction ratings yet.')).toBeInTheDocument();
  });
});
