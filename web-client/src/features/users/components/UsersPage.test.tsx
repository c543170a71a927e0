import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CreateUserCommand, Me, UserSummary } from '@/api/types';
import { dispatcher, invalid, mockApi, refusal, renderPage } from '@/test/render';
import UsersPage from './UsersPage';

const admin: Me = { ...dispatcher, id: 8, username: 'admin', displayName: 'Quản trị hệ thống', role: 'Admin', departmentId: null, departmentName: null };

const user = (overrides: Partial<UserSummary>): UserSummary => ({
  id: 1, username: 'leader19', displayName: 'Nguyễn Bảo Bình', role: 'GroupLeader', wardId: 1, departmentId: null, organisation: 'TDP số 19',
  isDisabled: false, lockedUntil: null, hasPassword: true, ...overrides,
});

const departments = [
  { id: 1, code: 'VP', shortName: 'VP', name: 'Văn phòng HĐND và UBND' },
  { id: 2, code: 'KT-HT-DT', shortName: 'KT-HT-ĐT', name: 'Phòng Kinh tế, Hạ tầng và Đô thị' },
];

function page(users: UserSummary[], extra = {}, lang: 'vi' | 'en' = 'vi') {
  const api = mockApi({
    'GET /api/users': () => ({ body: users }),
    'GET /api/departments': { body: departments },
    ...extra,
  });
  renderPage(<UsersPage />, { me: admin, lang });
  return api;
}

const card = (username: string) => screen.getByRole('listitem', { name: username });

describe('the user administration screen', () => {
  it('lists each account with its role, department or organisation and whether it is disabled', async () => {
    page([
      user({ lockedUntil: '2099-01-01T00:00:00+00:00' }),
      user({ id: 4, username: 'ktht', displayName: 'Cán bộ Phòng KT-HT-ĐT', role: 'DepartmentOfficer', departmentId: 2, organisation: null }),
      user({ id: 7, username: 'overseer', displayName: 'Ban Kinh tế - Xã hội HĐND', role: 'Overseer', organisation: null, isDisabled: true }),
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Tài khoản người dùng' })).toBeInTheDocument();
    expect(await screen.findByText('3 tài khoản')).toBeInTheDocument();

    const leader = within(card('leader19'));
    expect(leader.getByText('Nguyễn Bảo Bình')).toBeInTheDocument();
    expect(leader.getByText('Tổ trưởng TDP / Bí thư Chi bộ')).toBeInTheDocument();
    expect(leader.getByText('TDP số 19')).toBeInTheDocument();
    expect(leader.getByText('Đang hoạt động')).toBeInTheDocument();
    expect(leader.getByText('Tạm khóa đến 01/01/2099 07:00 (nhập sai mật khẩu)')).toBeInTheDocument();

    const officer = within(card('ktht'));
    expect(officer.getByText('Cán bộ phòng, ban')).toBeInTheDocument();
    expect(await officer.findByText('Phòng Kinh tế, Hạ tầng và Đô thị')).toBeInTheDocument();

    const overseer = within(card('overseer'));
    expect(overseer.getByText('Đã khóa')).toBeInTheDocument();
    expect(overseer.getByRole('button', { name: 'Mở lại tài khoản overseer' })).toBeInTheDocument();
    expect(overseer.queryByRole('button', { name: /^Khóa tài khoản/ })).not.toBeInTheDocument();
  });

  it('shows the API\'s field error when a department officer is created without a department', async () => {
    const api = page([user({})], {
      'POST /api/users': invalid({ departmentId: [['user.departmentId.required', {}, 'A department officer needs the department they work in.']] }),
    });
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'Thêm tài khoản' }));
    const form = within(screen.getByRole('form', { name: 'Tài khoản mới' }));
    await u.type(form.getByRole('textbox', { name: /Tên đăng nhập/ }), 'officer9');
    await u.type(form.getByRole('textbox', { name: /Tên hiển thị/ }), 'Cán bộ Văn hóa');
    await u.selectOptions(form.getByRole('combobox', { name: /Vai trò/ }), 'DepartmentOfficer');
    // The department is asked for once the role needs it; the organisation is not.
    expect(form.getByRole('combobox', { name: /Phòng, ban/ })).toBeInTheDocument();
    expect(form.queryByRole('textbox', { name: /Tổ dân phố/ })).not.toBeInTheDocument();
    await u.type(form.getByLabelText(/^Mật khẩu/), 'mật-khẩu-tạm-thời');
    await u.click(form.getByRole('button', { name: 'Tạo tài khoản' }));

    const department = await form.findByRole('combobox', { name: /Phòng, ban/ });
    await waitFor(() => expect(department).toHaveAttribute('aria-invalid', 'true'));
    expect(department).toHaveAccessibleDescription('Cán bộ phòng, ban cần có phòng, ban công tác.');
    expect(screen.getByText('Chưa gửi được: sửa các mục được đánh dấu bên dưới.')).toBeInTheDocument();

    const sent = api.calls.find((r) => r.method === 'POST')!;
    expect(await sent.json()).toEqual({
      username: 'officer9', displayName: 'Cán bộ Văn hóa', role: 'DepartmentOfficer', departmentId: null, organisation: null,
      password: 'mật-khẩu-tạm-thời', wardId: null,
    });
  });

  it('creates a group leader with their organisation and says so', async () => {
    const users = [user({})];
    const api = page(users, {
      'POST /api/users': async (request: Request) => {
        const body = (await request.json()) as CreateUserCommand;
        users.push(user({ id: 9, username: body.username, displayName: body.displayName, organisation: body.organisation }));
        return { status: 201, body: { id: 9 } };
      },
    });
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'Thêm tài khoản' }));
    await u.type(screen.getByRole('textbox', { name: /Tên đăng nhập/ }), 'leader31');
    await u.type(screen.getByRole('textbox', { name: /Tên hiển thị/ }), 'Phạm Thị Hoa');
    await u.selectOptions(screen.getByRole('combobox', { name: /Vai trò/ }), 'GroupLeader');
    expect(screen.queryByRole('combobox', { name: /Phòng, ban/ })).not.toBeInTheDocument();
    await u.type(screen.getByRole('textbox', { name: /Tổ dân phố/ }), 'TDP số 31');
    await u.type(screen.getByLabelText(/^Mật khẩu/), 'mật-khẩu-tạm-thời');
    await u.click(screen.getByRole('button', { name: 'Tạo tài khoản' }));

    expect(await screen.findByText('Đã tạo tài khoản leader31.')).toBeInTheDocument();
    expect(await screen.findByRole('listitem', { name: 'leader31' })).toHaveTextContent('TDP số 31');
    const sent = api.calls.find((r) => r.method === 'POST')!;
    expect(sent.headers.get('Content-Type')).toContain('application/json');
    expect(((await sent.json()) as CreateUserCommand).organisation).toBe('TDP số 31');
  });

  it('shows a taken username at its field, in the English of the web app when switched', async () => {
    page([user({})], { 'POST /api/users': refusal(409, 'usernameTaken', { username: 'leader19' }, { detail: 'Completely different English' }) }, 'en');
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'Add an account' }));
    const form = within(screen.getByRole('form', { name: 'New account' }));
    await u.type(form.getByRole('textbox', { name: /Username/ }), 'leader19');
    await u.type(form.getByRole('textbox', { name: /Display name/ }), 'Trùng tên');
    await u.selectOptions(form.getByRole('combobox', { name: /Role/ }), 'Overseer');
    await u.click(form.getByRole('button', { name: 'Create the account' }));

    const username = form.getByRole('textbox', { name: /Username/ });
    await waitFor(() => expect(username).toHaveAccessibleDescription(expect.stringContaining('There is already a user called leader19.')));
    expect(document.body).not.toHaveTextContent('Completely different English');
  });

  it('asks before disabling, then shows the account as disabled', async () => {
    const users = [user({})];
    const api = page(users, {
      'POST /api/users/1/disable': () => {
        users[0] = { ...users[0], isDisabled: true };
        return { body: users[0] };
      },
    });
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'Khóa tài khoản leader19' }));
    // Nothing is sent until the admin confirms.
    expect(screen.getByRole('alert')).toHaveTextContent('Khóa tài khoản leader19? Người này sẽ bị đăng xuất ngay');
    expect(api.calls.some((r) => r.method === 'POST')).toBe(false);

    await u.click(screen.getByRole('button', { name: 'Khóa tài khoản' }));
    await waitFor(() => expect(within(card('leader19')).getByText('Đã khóa')).toBeInTheDocument());
    expect(api.calls.filter((r) => r.method === 'POST').map((r) => new URL(r.url).pathname)).toEqual(['/api/users/1/disable']);
    expect(within(card('leader19')).getByRole('button', { name: 'Mở lại tài khoản leader19' })).toBeInTheDocument();
  });

  it('cancelling the confirmation disables nobody and gives the focus back', async () => {
    const api = page([user({})]);
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'Khóa tài khoản leader19' }));
    expect(screen.getByRole('alert')).toHaveFocus();
    await u.click(screen.getByRole('button', { name: 'Hủy' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // The focus goes back to the account's buttons, not to the top of the page.
    expect(screen.getByRole('button', { name: 'Sửa tài khoản leader19' })).toHaveFocus();
    expect(api.calls.some((r) => r.method === 'POST')).toBe(false);
  });

  it('does not offer the admin to disable their own account', async () => {
    page([user({}), user({ id: 8, username: 'admin', displayName: 'Quản trị hệ thống', role: 'Admin', organisation: null })]);
    const own = within(await screen.findByRole('listitem', { name: 'admin' }));
    expect(own.getByText('(bạn)')).toBeInTheDocument();
    expect(own.queryByRole('button', { name: /^Khóa tài khoản/ })).not.toBeInTheDocument();
  });

  it('resets a password with the new one and shows the API\'s length rule at the field', async () => {
    const api = page([user({})], {
      'POST /api/users/1/reset-password': async (request: Request) => {
        const { password } = (await request.json()) as { password: string };
        return password.length < 10
          ? invalid({ password: [['user.password.tooShort', { min: 10, actual: password.length }, 'A password has at least 10 characters.']] })
          : { body: user({}) };
      },
    });
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'Đặt lại mật khẩu cho leader19' }));
    const field = screen.getByLabelText(/^Mật khẩu mới/);
    expect(field).toHaveFocus();
    await u.type(field, 'ngắn');
    await u.click(screen.getByRole('button', { name: 'Đặt lại mật khẩu' }));
    await waitFor(() => expect(field).toHaveAccessibleDescription(expect.stringContaining('Mật khẩu có ít nhất 10 ký tự.')));

    await u.clear(field);
    await u.type(field, 'một-mật-khẩu-mới');
    await u.click(screen.getByRole('button', { name: 'Đặt lại mật khẩu' }));
    expect(await screen.findByText('Đã đặt mật khẩu mới cho leader19.')).toBeInTheDocument();
    expect(api.calls.filter((r) => r.method === 'POST')).toHaveLength(2);
  });

  it('edits a user: changing the role to department officer asks for the department and sends it', async () => {
    const api = page([user({})], { 'PUT /api/users/1': { body: user({ role: 'DepartmentOfficer', departmentId: 2, organisation: null }) } });
    const u = userEvent.setup();
    await u.click(await screen.findByRole('button', { name: 'Sửa tài khoản leader19' }));
    const form = within(screen.getByRole('form', { name: 'Sửa tài khoản leader19' }));
    expect(form.getByRole('textbox', { name: /Tên hiển thị/ })).toHaveValue('Nguyễn Bảo Bình');
    expect(form.queryByRole('textbox', { name: /Tên đăng nhập/ })).not.toBeInTheDocument();
    await u.selectOptions(form.getByRole('combobox', { name: /Vai trò/ }), 'DepartmentOfficer');
    await u.selectOptions(await form.findByRole('combobox', { name: /Phòng, ban/ }), '2');
    await u.click(form.getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Đã lưu tài khoản leader19. Người dùng cần đăng nhập lại.')).toBeInTheDocument();
    const sent = api.calls.find((r) => r.method === 'PUT')!;
    expect(await sent.json()).toEqual({ displayName: 'Nguyễn Bảo Bình', role: 'DepartmentOfficer', departmentId: 2, organisation: null });
  });

  it('speaks English too', async () => {
    page([user({ isDisabled: true })], {}, 'en');
    expect(await screen.findByRole('heading', { level: 1, name: 'User accounts' })).toBeInTheDocument();
    expect(within(await screen.findByRole('listitem', { name: 'leader19' })).getByRole('button', { name: 'Enable account leader19' })).toBeInTheDocument();
  });
});
