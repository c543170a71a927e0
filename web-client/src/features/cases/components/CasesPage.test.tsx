import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { categories, dispatcher, mockApi, renderPage, sessions } from '@/test/render';
import CasesPage from './CasesPage';

function api() {
  return mockApi({
    'GET /api/cases': { body: { items: [], nextCursor: null } },
    'GET /api/categories': { body: categories },
    'GET /api/sessions': { body: sessions },
    'GET /api/departments': { body: [] },
  });
}

const lastList = (calls: Request[]) => new URL(calls.filter((c) => new URL(c.url).pathname === '/api/cases').at(-1)!.url).searchParams;

describe('the case list', () => {
  it('keeps at risk, organisation, dates and escalation reason in the URL, so a reload shows the same list', async () => {
    const { calls } = api();
    renderPage(<CasesPage />, {
      path: '/cases',
      route: '/cases?atRisk=true&organisation=TDP%20s%E1%BB%91%2019&submittedFrom=2026-04-10&submittedTo=2026-04-13&escalationReason=NewlyArising',
      me: dispatcher,
    });

    expect(await screen.findByRole('checkbox', { name: 'Chỉ nội dung có nguy cơ quá hạn' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Tổ dân phố, chi bộ' })).toHaveValue('TDP số 19');
    expect(screen.getByLabelText('Tiếp nhận từ ngày')).toHaveValue('2026-04-10');
    expect(screen.getByLabelText('Đến ngày')).toHaveValue('2026-04-13');
    expect(screen.getByRole('combobox', { name: 'Lý do báo cáo (mục 5)' })).toHaveValue('NewlyArising');
    await screen.findByText('Không có nội dung nào phù hợp.');
    const query = lastList(calls);
    expect(Object.fromEntries(['atRisk', 'organisation', 'submittedFrom', 'submittedTo', 'escalationReason'].map((k) => [k, query.get(k)]))).toEqual({
      atRisk: 'true', organisation: 'TDP số 19', submittedFrom: '2026-04-10', submittedTo: '2026-04-13', escalationReason: 'NewlyArising',
    });
  });

  it('asks the API for the at-risk cases of one organisation when they are chosen', async () => {
    const { calls } = api();
    const user = userEvent.setup();
    const { router } = renderPage(<CasesPage />, { path: '/cases', route: '/cases', me: dispatcher });

    await user.click(await screen.findByRole('checkbox', { name: 'Chỉ nội dung có nguy cơ quá hạn' }));
    await user.type(screen.getByRole('textbox', { name: 'Tổ dân phố, chi bộ' }), 'Chi bộ 18');
    await user.click(screen.getByRole('button', { name: 'Tìm kiếm' }));

    await screen.findByText('Không có nội dung nào phù hợp.');
    expect(router.state.location.search).toContain('atRisk=true');
    expect(lastList(calls).get('organisation')).toBe('Chi bộ 18');
    expect(lastList(calls).get('atRisk')).toBe('true');
  });

  it('refuses a "to" date before the "from" date at the field, with the API\'s wording, and does not ask for it', async () => {
    const { calls } = api();
    const user = userEvent.setup();
    const { router } = renderPage(<CasesPage />, { path: '/cases', route: '/cases?submittedFrom=2026-04-20', me: dispatcher });

    const to = await screen.findByLabelText('Đến ngày');
    await user.type(to, '2026-04-10');

    expect(to).toHaveAccessibleDescription('Ngày “đến” (10/04/2026) không được trước ngày “từ” (20/04/2026).');
    expect(router.state.location.search).not.toContain('submittedTo');
    expect(calls.every((c) => !new URL(c.url).searchParams.has('submittedTo'))).toBe(true);
  });
});
