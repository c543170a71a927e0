import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Me } from '@/api/types';
import { dispatcher, invalid, mockApi, renderPage } from '@/test/render';
import CalendarPage from './CalendarPage';

const admin: Me = { ...dispatcher, id: 8, username: 'admin', displayName: 'Quản trị hệ thống', role: 'Admin', departmentId: null, departmentName: null };
const year = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();

const byRule = (swapsMissing: boolean, extra: object[] = []) => ({
  year, byRule: true, swapsMissing,
  days: [{ date: `${year}-01-01`, name: 'Tết Dương lịch', working: false, source: 'Rule' }, ...extra],
});

describe('the working calendar', () => {
  it('warns while a year by rule has no swapped days, and saves the ones entered', async () => {
    const saved = { ...byRule(false, [{ date: `${year}-05-04`, name: 'Nghỉ bù', working: false, source: 'Admin' }]) };
    const api = mockApi({ [`GET /api/calendar/${year}`]: { body: byRule(true) }, [`PUT /api/calendar/${year}/swaps`]: { body: saved } });
    renderPage(<CalendarPage />, { me: admin });
    const user = userEvent.setup();

    expect(await screen.findByText(new RegExp(`^Năm ${year} chưa nhập ngày hoán đổi`))).toBeInTheDocument();
    expect(screen.getByText('Tết Dương lịch')).toBeInTheDocument();
    expect(screen.getByText('Theo Bộ luật Lao động')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '+ Thêm ngày hoán đổi' }));
    const swap = screen.getByRole('group', { name: 'Ngày hoán đổi 1' });
    await user.type(within(swap).getByLabelText(/^Ngày/), `${year}-05-04`);
    await user.type(within(swap).getByRole('textbox', { name: /Tên ngày/ }), 'Nghỉ bù');
    await user.click(screen.getByRole('button', { name: 'Lưu ngày hoán đổi' }));

    expect(await screen.findByText(`Đã lưu 1 ngày hoán đổi của năm ${year}.`)).toBeInTheDocument();
    const put = api.calls.find((r) => r.method === 'PUT')!;
    expect(await put.json()).toEqual({ days: [{ date: `${year}-05-04`, name: 'Nghỉ bù', working: false }] });
    await waitFor(() => expect(screen.queryByText(/chưa nhập ngày hoán đổi/)).not.toBeInTheDocument());
  });

  it('shows a seeded year as it is, without the form', async () => {
    mockApi({ [`GET /api/calendar/${year}`]: { body: { year, byRule: false, swapsMissing: false, days: [{ date: `${year}-04-30`, name: 'Ngày Giải phóng', working: false, source: 'Seed' }] } } });
    renderPage(<CalendarPage />, { me: admin, lang: 'en' });
    expect(await screen.findByText(`${year}: the days off as the government announced them in full, already held.`)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save the swapped days' })).not.toBeInTheDocument();
  });

  it("words the API's refusal of a day at its field from the code", async () => {
    mockApi({
      [`GET /api/calendar/${year}`]: { body: byRule(true) },
      [`PUT /api/calendar/${year}/swaps`]: invalid({ 'days[0]': [['calendar.day.date.wrongKind', {}, 'Reworded']] }),
    });
    renderPage(<CalendarPage />, { me: admin });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: '+ Thêm ngày hoán đổi' }));
    const swap = screen.getByRole('group', { name: 'Ngày hoán đổi 1' });
    await user.type(within(swap).getByLabelText(/^Ngày/), `${year}-05-04`);
    await user.type(within(swap).getByRole('textbox', { name: /Tên ngày/ }), 'Làm bù');
    await user.click(screen.getByRole('button', { name: 'Lưu ngày hoán đổi' }));
    expect(await screen.findByText('Ngày làm bù là thứ Bảy hoặc Chủ nhật; ngày nghỉ bù là ngày trong tuần.')).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('Reworded');
  });
});
