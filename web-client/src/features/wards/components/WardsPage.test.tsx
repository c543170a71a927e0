import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Me, Ward } from '@/api/types';
import { dispatcher, invalid, mockApi, refusal, renderPage } from '@/test/render';
import WardsPage from './WardsPage';

const cityAdmin: Me = { ...dispatcher, id: 9, username: 'thanhpho', displayName: 'Quản trị thành phố', role: 'Admin', wardId: null, wardName: null, departmentId: null, departmentName: null };
const wardAdmin: Me = { ...cityAdmin, id: 8, username: 'admin', wardId: 1, wardName: 'Phường Yên Hòa' };

const yenHoa: Ward = {
  id: 1, code: 'yen-hoa', name: 'Phường Yên Hòa', superiorParty: 'ĐẢNG BỘ THÀNH PHỐ HÀ NỘI', users: 8,
  departments: [{ id: 1, code: 'VP', shortName: 'VP HĐND-UBND', name: 'Văn phòng HĐND và UBND' }, { id: 5, code: 'CA', shortName: 'Công an phường', name: 'Công an phường Yên Hòa' }],
};

describe('the wards screen', () => {
  it('lists each ward with its Party organisation and departments', async () => {
    mockApi({ 'GET /api/wards': { body: [yenHoa] } });
    renderPage(<WardsPage />, { me: wardAdmin });

    const card = await screen.findByRole('listitem', { name: 'Phường Yên Hòa' });
    expect(within(card).getByText('ĐẢNG BỘ THÀNH PHỐ HÀ NỘI')).toBeInTheDocument();
    expect(within(card).getByText('VP HĐND-UBND, Công an phường')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tạo phường mới' })).not.toBeInTheDocument();
  });

  it('lets a city-level administrator create a ward with two departments, then its first administrator', async () => {
    const user = userEvent.setup();
    let wards = [yenHoa];
    const trungHoa: Ward = {
      id: 2, code: 'trung-hoa', name: 'Phường Trung Hòa', superiorParty: 'ĐẢNG BỘ THÀNH PHỐ HÀ NỘI', users: 0,
      departments: [{ id: 6, code: 'VP', shortName: 'VP', name: 'Văn phòng' }, { id: 7, code: 'CA', shortName: 'CA', name: 'Công an phường' }],
    };
    const api = mockApi({
      'GET /api/wards': () => ({ body: wards }),
      'POST /api/wards': () => {
        wards = [yenHoa, trungHoa];
        return { status: 201, body: trungHoa };
      },
      'POST /api/users': { status: 201, body: { id: 12 } },
    });
    renderPage(<WardsPage />, { me: cityAdmin });

    await user.click(await screen.findByRole('button', { name: 'Tạo phường mới' }));
    await user.type(screen.getByLabelText(/^Mã phường/), 'trung-hoa');
    await user.type(screen.getByLabelText(/^Tên phường/), 'Phường Trung Hòa');
    const first = screen.getByRole('group', { name: 'Phòng, ban thứ 1' });
    await user.type(within(first).getByLabelText(/^Mã/), 'VP');
    await user.type(within(first).getByLabelText(/^Tên ngắn/), 'VP');
    await user.type(within(first).getByLabelText(/^Tên đầy đủ/), 'Văn phòng');
    await user.click(screen.getByRole('button', { name: 'Thêm phòng, ban' }));
    const second = screen.getByRole('group', { name: 'Phòng, ban thứ 2' });
    expect(within(second).getByLabelText(/^Mã/)).toHaveFocus();
    await user.type(within(second).getByLabelText(/^Mã/), 'CA');
    await user.type(within(second).getByLabelText(/^Tên ngắn/), 'CA');
    await user.type(within(second).getByLabelText(/^Tên đầy đủ/), 'Công an phường');
    await user.click(screen.getByRole('button', { name: 'Tạo phường' }));

    expect(await screen.findByText('Đã tạo Phường Trung Hòa. Tạo tài khoản quản trị đầu tiên của phường bên dưới.')).toBeInTheDocument();
    const sent: unknown = await api.calls.find((c) => c.method === 'POST' && c.url.endsWith('/api/wards'))!.json();
    expect(sent).toEqual({
      code: 'trung-hoa', name: 'Phường Trung Hòa', superiorParty: 'ĐẢNG BỘ THÀNH PHỐ HÀ NỘI',
      departments: [{ code: 'VP', shortName: 'VP', name: 'Văn phòng' }, { code: 'CA', shortName: 'CA', name: 'Công an phường' }],
    });
    expect(await screen.findByRole('listitem', { name: 'Phường Trung Hòa' })).toBeInTheDocument();

    await user.type(screen.getByLabelText(/^Tên đăng nhập/), 'admin.trunghoa');
    await user.type(screen.getByLabelText(/^Tên hiển thị/), 'Quản trị Trung Hòa');
    await user.type(screen.getByLabelText(/^Mật khẩu/), 'mật-khẩu-trung-hòa');
    await user.click(screen.getByRole('button', { name: 'Tạo quản trị viên' }));

    expect(await screen.findByText('Đã tạo quản trị viên admin.trunghoa của Phường Trung Hòa.')).toBeInTheDocument();
    const admin: unknown = await api.calls.find((c) => c.method === 'POST' && c.url.endsWith('/api/users'))!.json();
    expect(admin).toMatchObject({ username: 'admin.trunghoa', role: 'Admin', wardId: 2, password: 'mật-khẩu-trung-hòa' });
  }, 20_000); // a dozen fields typed key by key

  it('shows a taken code and each bad field where it belongs, in English too', async () => {
    const user = userEvent.setup();
    let attempt = 0;
    mockApi({
      'GET /api/wards': { body: [yenHoa] },
      'POST /api/wards': () =>
        ++attempt === 1
          ? refusal(409, 'wardCodeTaken', { code: 'yen-hoa' })
          : invalid({
              'departments[0].shortName': [['department.shortName.required', {}, 'English words no screen shows']],
              departments: [['ward.departments.duplicateCode', {}, 'English words no screen shows']],
            }),
    });
    renderPage(<WardsPage />, { me: cityAdmin, lang: 'en' });

    await user.click(await screen.findByRole('button', { name: 'New ward' }));
    await user.type(screen.getByLabelText(/^Ward code/), 'yen-hoa');
    await user.click(screen.getByRole('button', { name: 'Create the ward' }));
    expect(await screen.findByText('There is already a ward yen-hoa.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Ward code/)).toHaveAttribute('aria-invalid', 'true');

    await user.click(screen.getByRole('button', { name: 'Create the ward' }));
    await waitFor(() => expect(within(screen.getByRole('group', { name: 'Department 1' })).getByLabelText(/^Short name/)).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByText('Each department needs its own code.')).toBeInTheDocument();
    expect(screen.queryByText('English words no screen shows')).not.toBeInTheDocument();
  });
});
