import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CategoryInfo, CreateSessionCommand, Me, SessionSummary } from '@/api/types';
import { dispatcher, invalid, mockApi, refusal, renderPage } from '@/test/render';
import SessionsPage from './SessionsPage';

const admin: Me = { ...dispatcher, id: 8, username: 'admin', displayName: 'Quản trị hệ thống', role: 'Admin', departmentId: null, departmentName: null };

const session = (overrides: Partial<SessionSummary>): SessionSummary => ({
  id: 1, code: '2026-Q1', title: 'Hội nghị giao ban quý I/2026', heldOn: '2026-04-10', replyDeadline: '2026-04-20', lastWorkingDay: '2026-04-17',
  isClosed: false, takesPetitions: true, reportedOn: null, reportedBy: null, reportedByName: null, petitionCount: 7, caseCount: 12, repliedCount: 3, ...overrides,
});

const departments = [
  { id: 1, code: 'VP', shortName: 'VP', name: 'Văn phòng HĐND và UBND' },
  { id: 2, code: 'KT-HT-DT', shortName: 'KT-HT-ĐT', name: 'Phòng Kinh tế, Hạ tầng và Đô thị' },
  { id: 5, code: 'CA', shortName: 'CA', name: 'Công an phường' },
];

const categories = (): CategoryInfo[] => [
  { code: 'Flooding', name: 'Úng ngập', nameEn: 'Flooding', defaultDepartmentId: 2 },
  { code: 'Security', name: 'An ninh trật tự', nameEn: 'Security', defaultDepartmentId: 5 },
];

function page(sessions: SessionSummary[], extra = {}, lang: 'vi' | 'en' = 'vi', cats = categories()) {
  const api = mockApi({
    'GET /api/sessions': () => ({ body: sessions }),
    'GET /api/categories': () => ({ body: cats }),
    'GET /api/departments': { body: departments },
    ...extra,
  });
  renderPage(<SessionsPage />, { me: admin, lang });
  return api;
}

const card = (code: string) => screen.getByRole('listitem', { name: code });

describe('the sessions screen', () => {
  it('lists each session with its dates, counts and whether it takes petitions', async () => {
    page([
      session({ id: 2, code: '2026-Q2', title: 'Hội nghị giao ban quý II/2026', heldOn: '2026-07-10', replyDeadline: '2026-07-20', lastWorkingDay: '2026-07-20', petitionCount: 0, caseCount: 0, repliedCount: 0 }),
      session({ isClosed: true, takesPetitions: false }),
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Hội nghị và phân loại' })).toBeInTheDocument();
    expect(await screen.findByText('2 hội nghị')).toBeInTheDocument();

    const open = within(card('2026-Q2'));
    expect(open.getByText('Hội nghị giao ban quý II/2026')).toBeInTheDocument();
    expect(open.getByText('Đang nhận kiến nghị')).toBeInTheDocument();
    expect(open.getByText('10/07/2026')).toBeInTheDocument();
    expect(open.getByRole('button', { name: 'Đóng tiếp nhận hội nghị 2026-Q2' })).toBeInTheDocument();

    const closed = within(card('2026-Q1'));
    expect(closed.getByText('Đã đóng tiếp nhận')).toBeInTheDocument();
    expect(closed.getByText('trước 20/04/2026 (chậm nhất 17/04/2026)')).toBeInTheDocument();
    expect(closed.getByText('7 kiến nghị, 12 nội dung, 3 đã trả lời')).toBeInTheDocument();
    expect(closed.getByRole('button', { name: 'Mở lại tiếp nhận hội nghị 2026-Q1' })).toBeInTheDocument();
    expect(closed.queryByRole('button', { name: /^Đóng tiếp nhận/ })).not.toBeInTheDocument();
  });

  it('says a session whose reply deadline has come takes no petitions, though its intake is not closed', async () => {
    page([session({ takesPetitions: false })]);
    const passed = within(await screen.findByRole('listitem', { name: '2026-Q1' }));
    expect(passed.getByText('Đã qua hạn trả lời, không nhận kiến nghị')).toBeInTheDocument();
    expect(passed.getByRole('button', { name: 'Đóng tiếp nhận hội nghị 2026-Q1' })).toBeInTheDocument();
  });

  it("shows the API's field error when the reply deadline is before the meeting", async () => {
    const api = page([session({})], {
      'POST /api/sessions': invalid({ replyDeadline: [['session.replyDeadline.beforeMeeting', {}, 'The reply deadline comes after the meeting.']] }),
    });
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'Mở hội nghị mới' }));
    const form = within(screen.getByRole('form', { name: 'Hội nghị mới' }));
    const code = form.getByRole('textbox', { name: /Mã hội nghị/ });
    expect(code).toHaveFocus();
    await u.type(code, '2026-Q2');
    await u.type(form.getByRole('textbox', { name: /Tên hội nghị/ }), 'Hội nghị giao ban quý II/2026');
    await u.type(form.getByLabelText(/^Ngày họp/), '2026-07-10');
    await u.type(form.getByLabelText(/^Hạn trả lời/), '2026-07-01');
    await u.click(form.getByRole('button', { name: 'Mở hội nghị' }));

    const deadline = form.getByLabelText(/^Hạn trả lời/);
    await waitFor(() => expect(deadline).toHaveAttribute('aria-invalid', 'true'));
    expect(deadline).toHaveAccessibleDescription(expect.stringContaining('Hạn trả lời phải sau ngày họp.'));
    expect(screen.getByText('Chưa gửi được: sửa các mục được đánh dấu bên dưới.')).toBeInTheDocument();
    await waitFor(() => expect(deadline).toHaveFocus());

    const sent = api.calls.find((r) => r.method === 'POST')!;
    expect(await sent.json()).toEqual({ code: '2026-Q2', title: 'Hội nghị giao ban quý II/2026', heldOn: '2026-07-10', replyDeadline: '2026-07-01' });
  });

  it('shows a taken code at the code field', async () => {
    page([session({})], {
      'POST /api/sessions': refusal(409, 'sessionCodeTaken', { code: '2026-Q1' }),
    });
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'Mở hội nghị mới' }));
    await u.type(screen.getByRole('textbox', { name: /Mã hội nghị/ }), '2026-Q1');
    await u.type(screen.getByRole('textbox', { name: /Tên hội nghị/ }), 'Trùng mã');
    await u.type(screen.getByLabelText(/^Ngày họp/), '2026-07-10');
    await u.type(screen.getByLabelText(/^Hạn trả lời/), '2026-07-20');
    await u.click(screen.getByRole('button', { name: 'Mở hội nghị' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: /Mã hội nghị/ })).toHaveAccessibleDescription(expect.stringContaining('Phường đã có hội nghị mã 2026-Q1.')));
  });

  it('opens a session and lists it', async () => {
    const sessions = [session({})];
    page(sessions, {
      'POST /api/sessions': async (request: Request) => {
        const body = (await request.json()) as CreateSessionCommand;
        const created = session({ id: 2, ...body, lastWorkingDay: body.replyDeadline, petitionCount: 0, caseCount: 0, repliedCount: 0 });
        sessions.unshift(created);
        return { status: 201, body: created };
      },
    });
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'Mở hội nghị mới' }));
    await u.type(screen.getByRole('textbox', { name: /Mã hội nghị/ }), '2026-Q2');
    await u.type(screen.getByRole('textbox', { name: /Tên hội nghị/ }), 'Hội nghị giao ban quý II/2026');
    await u.type(screen.getByLabelText(/^Ngày họp/), '2026-07-10');
    await u.type(screen.getByLabelText(/^Hạn trả lời/), '2026-07-20');
    await u.click(screen.getByRole('button', { name: 'Mở hội nghị' }));

    expect(await screen.findByText('Đã mở hội nghị 2026-Q2. Tổ trưởng có thể gửi kiến nghị.')).toBeInTheDocument();
    expect(await screen.findByRole('listitem', { name: '2026-Q2' })).toHaveTextContent('Đang nhận kiến nghị');
    // The form has closed and the focus is back on the button that opened it.
    expect(screen.getByRole('button', { name: 'Mở hội nghị mới' })).toHaveFocus();
  });

  it('asks before closing the intake, then shows the session as closed', async () => {
    const sessions = [session({})];
    const api = page(sessions, {
      'POST /api/sessions/1/close': () => {
        sessions[0] = { ...sessions[0], isClosed: true, takesPetitions: false };
        return { body: sessions[0] };
      },
    });
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'Đóng tiếp nhận hội nghị 2026-Q1' }));
    // Nothing is sent until the admin confirms.
    expect(screen.getByRole('alert')).toHaveTextContent('Đóng tiếp nhận hội nghị 2026-Q1? Tổ trưởng sẽ không gửi được kiến nghị mới');
    expect(screen.getByRole('alert')).toHaveFocus();
    expect(api.calls.some((r) => r.method === 'POST')).toBe(false);

    await u.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Đóng tiếp nhận' }));
    await waitFor(() => expect(within(card('2026-Q1')).getByText('Đã đóng tiếp nhận')).toBeInTheDocument());
    expect(screen.getByText('Đã đóng tiếp nhận hội nghị 2026-Q1.')).toBeInTheDocument();
    expect(api.calls.filter((r) => r.method === 'POST').map((r) => new URL(r.url).pathname)).toEqual(['/api/sessions/1/close']);
    const reopen = within(card('2026-Q1')).getByRole('button', { name: 'Mở lại tiếp nhận hội nghị 2026-Q1' });
    // The focus goes back to the session's button, not to the top of the page.
    expect(reopen).toHaveFocus();
  });

  it('cancelling the confirmation closes nothing', async () => {
    const api = page([session({})]);
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'Đóng tiếp nhận hội nghị 2026-Q1' }));
    await u.click(screen.getByRole('button', { name: 'Hủy' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Đóng tiếp nhận hội nghị 2026-Q1' })).toHaveFocus();
    expect(api.calls.some((r) => r.method === 'POST')).toBe(false);
  });

  it("changes a category's default department with a PUT and shows the new value", async () => {
    const cats = categories();
    const api = page([session({})], {
      'PUT /api/categories/Flooding/default-department': async (request: Request) => {
        const { departmentId } = (await request.json()) as { departmentId: number };
        cats[0] = { ...cats[0], defaultDepartmentId: departmentId };
        return { body: cats[0] };
      },
    }, 'vi', cats);
    const u = userEvent.setup();
    const flooding = await screen.findByRole('combobox', { name: 'Úng ngập' });
    await waitFor(() => expect(flooding).toHaveDisplayValue('Phòng Kinh tế, Hạ tầng và Đô thị'));
    expect(screen.getByRole('combobox', { name: 'An ninh trật tự' })).toHaveDisplayValue('Công an phường');

    await u.selectOptions(flooding, '1');
    await u.click(screen.getByRole('button', { name: 'Lưu phòng, ban cho nhóm Úng ngập' }));

    expect(await screen.findByText('Đã lưu: nhóm Úng ngập giao cho Văn phòng HĐND và UBND.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Úng ngập' })).toHaveDisplayValue('Văn phòng HĐND và UBND');
    const sent = api.calls.find((r) => r.method === 'PUT')!;
    expect(new URL(sent.url).pathname).toBe('/api/categories/Flooding/default-department');
    expect(await sent.json()).toEqual({ departmentId: 1 });
    // The categories are read again after the change.
    await waitFor(() => expect(api.calls.filter((r) => r.method === 'GET' && new URL(r.url).pathname === '/api/categories')).toHaveLength(2));
  });

  it('speaks English too', async () => {
    page([session({ isClosed: true, takesPetitions: false })], {}, 'en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sessions and routing' })).toBeInTheDocument();
    expect(within(await screen.findByRole('listitem', { name: '2026-Q1' })).getByText('Intake closed')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open the intake of session 2026-Q1 again' })).toBeInTheDocument();
    expect(await screen.findByRole('combobox', { name: 'Flooding' })).toBeInTheDocument();
  });
});
