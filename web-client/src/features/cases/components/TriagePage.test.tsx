import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CaseSummary } from '@/api/types';
import { categories, dispatcher, mockApi, refusal, renderPage, sessions } from '@/test/render';
import TriagePage from './TriagePage';

const item = (id: number, organisation = 'TDP số 19'): CaseSummary => ({
  id, petitionId: id, sessionId: 1, itemNumber: 1, text: `Nội dung ${id}`, category: 'Security', location: null,
  status: 'Received', departmentId: null, departmentName: null, suggestedDepartmentId: 5, suggestedDepartmentName: 'Công an phường',
  dueDate: '2026-04-20', lastWorkingDay: '2026-04-17', overdue: false, atRisk: false, repliedOn: null, version: id === 4 ? 3 : 1,
  submitterName: 'Hoàng Thị Hiền', submitterTitle: 'Bí thư Chi bộ 18', organisation, area: null,
});

const departments = [
  { id: 2, code: 'KT-HT-DT', shortName: 'KT-HT-ĐT', name: 'Phòng Kinh tế, Hạ tầng và Đô thị' },
  { id: 5, code: 'CA', shortName: 'Công an phường', name: 'Công an phường' },
];

const counts = {
  total: 3,
  byCategory: [{ category: 'Security', count: 2 }, { category: 'Flooding', count: 1 }],
  bySuggestedDepartment: [{ departmentId: 5, departmentName: 'Công an phường', count: 2 }, { departmentId: null, departmentName: null, count: 1 }],
  byOrganisation: [{ organisation: 'Chi bộ 18', count: 2 }, { organisation: 'TDP số 19', count: 1 }],
};

function api(route?: Parameters<typeof mockApi>[0]) {
  return mockApi({
    'GET /api/cases': { body: { items: [item(4, 'Chi bộ 18'), item(5, 'Chi bộ 18'), item(6)], nextCursor: null } },
    'GET /api/cases/counts': { body: counts },
    'GET /api/categories': { body: categories },
    'GET /api/sessions': { body: sessions },
    'GET /api/departments': { body: departments },
    ...route,
  });
}

async function fillSixClears(user: ReturnType<typeof userEvent.setup>) {
  await user.selectOptions(await screen.findByRole('combobox', { name: /^(Đơn vị xử lý|Department)/ }), '5');
  await user.type(screen.getByRole('textbox', { name: /rõ người/ }), 'Đại úy Lê Minh');
  await user.type(screen.getByRole('textbox', { name: /rõ việc/ }), 'Tăng cường tuần tra');
  await user.type(screen.getByRole('textbox', { name: /rõ trách nhiệm/ }), 'Trưởng Công an phường');
  await user.type(screen.getByRole('textbox', { name: /rõ sản phẩm/ }), 'An ninh ổn định');
  await user.type(screen.getByRole('textbox', { name: /rõ thẩm quyền/ }), 'Chủ tịch UBND phường');
}

describe('the triage board', () => {
  it('reads its filters from the URL and its counts from the API, not from the page it loaded', async () => {
    const { calls } = api();
    renderPage(<TriagePage />, { path: '/triage', route: '/triage?organisation=Chi%20b%E1%BB%99%2018&category=Security', me: dispatcher });

    const summary = await screen.findByRole('region', { name: 'Số nội dung chờ phân loại' });
    expect(within(summary).getByText('Tổng cộng: 3 nội dung')).toBeInTheDocument();
    expect(within(summary).getByText(/Chưa có đơn vị đề xuất/)).toBeInTheDocument();
    expect(await screen.findByRole('combobox', { name: 'Tổ dân phố, chi bộ' })).toHaveValue('Chi bộ 18');
    const list = calls.find((c) => new URL(c.url).pathname === '/api/cases')!;
    const query = new URL(list.url).searchParams;
    expect([query.get('status'), query.get('category'), query.get('organisation')]).toEqual(['Received', 'Security', 'Chi bộ 18']);
    const counted = calls.filter((c) => new URL(c.url).pathname === '/api/cases/counts').map((c) => new URL(c.url).searchParams.get('organisation'));
    expect(counted).toContain('Chi bộ 18');
    expect(counted).toContain(null);
  });

  it('routes the chosen cases together after a confirmation, sending the versions it showed', async () => {
    let sent: unknown;
    api({
      'POST /api/cases/route': async (request) => {
        sent = await request.json();
        return { body: { items: [{ id: 4, status: 'Assigned', version: 4 }, { id: 6, status: 'Assigned', version: 2 }] } };
      },
    });
    const user = userEvent.setup();
    renderPage(<TriagePage />, { path: '/triage', route: '/triage', me: dispatcher });

    const route = await screen.findByRole('button', { name: 'Chuyển xử lý các mục đã chọn' });
    expect(route).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Chọn nội dung số 4' }));
    await user.click(screen.getByRole('checkbox', { name: 'Chọn nội dung số 6' }));
    expect(screen.getByText(/Đã chọn 2 nội dung/)).toBeInTheDocument();
    await user.click(route);
    await fillSixClears(user);
    await user.click(within(screen.getByRole('form', { name: 'Chuyển xử lý 2 nội dung đã chọn' })).getByRole('button', { name: 'Chuyển xử lý các mục đã chọn' }));

    const question = await screen.findByRole('alert');
    expect(question).toHaveTextContent('Chuyển 2 nội dung (số #4, #6) cho Công an phường?');
    expect(sent).toBeUndefined();
    await user.click(within(question).getByRole('button', { name: 'Chuyển xử lý' }));

    expect(await screen.findByText('Đã chuyển 2 nội dung cho Công an phường.')).toBeInTheDocument();
    expect(sent).toEqual({
      cases: [{ id: 4, version: 3 }, { id: 6, version: 1 }],
      assignment: {
        departmentId: 5, assignee: 'Đại úy Lê Minh', task: 'Tăng cường tuần tra', responsibleHead: 'Trưởng Công an phường',
        dueDate: null, expectedResult: 'An ninh ổn định', authority: 'Chủ tịch UBND phường',
      },
    });
  });

  it('gives the focus back to its button when the question is cancelled, and sends nothing', async () => {
    const { calls } = api();
    const user = userEvent.setup();
    renderPage(<TriagePage />, { path: '/triage', route: '/triage', me: dispatcher });

    await user.click(await screen.findByRole('checkbox', { name: 'Chọn nội dung số 5' }));
    await user.click(screen.getByRole('button', { name: 'Chuyển xử lý các mục đã chọn' }));
    await fillSixClears(user);
    const form = screen.getByRole('form', { name: 'Chuyển xử lý 1 nội dung đã chọn' });
    await user.click(within(form).getByRole('button', { name: 'Chuyển xử lý các mục đã chọn' }));
    await user.click(within(await screen.findByRole('alert')).getByRole('button', { name: 'Hủy' }));

    expect(within(form).getByRole('button', { name: 'Chuyển xử lý các mục đã chọn' })).toHaveFocus();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('asks for the six clears before it asks to confirm', async () => {
    const { calls } = api();
    const user = userEvent.setup();
    renderPage(<TriagePage />, { path: '/triage', route: '/triage', me: dispatcher });

    await user.click(await screen.findByRole('checkbox', { name: 'Chọn tất cả nội dung đang hiện' }));
    await user.click(screen.getByRole('button', { name: 'Chuyển xử lý các mục đã chọn' }));
    await user.click(within(screen.getByRole('form', { name: 'Chuyển xử lý 3 nội dung đã chọn' })).getByRole('button', { name: 'Chuyển xử lý các mục đã chọn' }));

    expect(screen.getByRole('combobox', { name: /Đơn vị xử lý/ })).toHaveAccessibleDescription(/Chọn/);
    expect(screen.queryByRole('button', { name: 'Chuyển xử lý' })).not.toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('names each case that stood in the way when the batch is refused, in English too', async () => {
    api({
      'POST /api/cases/route': refusal(409, 'casesNotRoutable', {
        caseIds: [5],
        refusals: [{ caseId: 5, reason: 'notReceived', status: 'Assigned', expected: null, actual: 2 }],
        allowed: ['Received'],
      }),
    });
    const user = userEvent.setup();
    renderPage(<TriagePage />, { path: '/triage', route: '/triage', me: dispatcher, lang: 'en' });

    await user.click(await screen.findByRole('checkbox', { name: 'Select case no. 5' }));
    await user.click(screen.getByRole('button', { name: 'Route selected' }));
    await fillSixClears(user);
    await user.click(within(screen.getByRole('form', { name: 'Route the 1 selected case(s)' })).getByRole('button', { name: 'Route selected' }));
    await user.click(within(await screen.findByRole('alert')).getByRole('button', { name: 'Route' }));

    expect(await screen.findByText(/Nothing was routed: #5 is “Assigned”, no longer “Received”/)).toBeInTheDocument();
    expect(screen.queryByText(/English detail/)).not.toBeInTheDocument();
  });
});
