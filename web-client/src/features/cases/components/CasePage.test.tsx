import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CaseDetail } from '@/api/types';
import { categories, dispatcher, leader, mockApi, officer, renderPage } from '@/test/render';
import { CasePage } from './CasePage';

const detail = (overrides: Partial<CaseDetail> = {}): CaseDetail => ({
  id: 5, petitionId: 2, sessionId: 1, itemNumber: 1, text: 'Đề nghị nạo vét cống', category: 'Flooding', location: 'Ngõ 5',
  status: 'InProgress', departmentId: 2, departmentName: 'KT-HT-ĐT', suggestedDepartmentId: 2, suggestedDepartmentName: 'KT-HT-ĐT',
  dueDate: '2026-04-20', lastWorkingDay: '2026-04-17', overdue: false, atRisk: true, repliedOn: null, version: 3,
  submitterName: 'Nguyễn Bảo Bình', submitterTitle: 'Tổ trưởng TDP số 19', organisation: 'TDP số 19', area: 'Trung Hòa',
  assignee: 'Trần Văn Nam', task: 'Nạo vét', responsibleHead: 'Trưởng phòng', expectedResult: 'Cống thông', result: null,
  referredTo: null, referralLetter: null, replies: [],
  history: [{ at: '2026-04-10T02:00:00+00:00', actor: 'leader19', action: 'Submit', from: null, to: 'Received', details: null }],
  ...overrides,
});

const page = (me = officer, overrides: Partial<CaseDetail> = {}, extra = {}) => {
  const api = mockApi({
    'GET /api/cases/5': { body: detail(overrides), headers: { ETag: '"3"' } },
    'GET /api/categories': { body: categories },
    'GET /api/departments': { body: [{ id: 2, code: 'KT-HT-DT', shortName: 'KT-HT-ĐT', name: 'Phòng Kinh tế, Hạ tầng và Đô thị' }] },
    ...extra,
  });
  renderPage(<CasePage />, { path: '/cases/:id', route: '/cases/5', me });
  return api;
};

describe('a case', () => {
  it('shows its status, deadline (dd/MM/yyyy, at risk) and history', async () => {
    page(leader);
    expect(await screen.findByRole('heading', { level: 1, name: 'Nội dung kiến nghị số 5' })).toBeInTheDocument();
    expect(screen.getAllByText('Đang xử lý')[0]).toBeInTheDocument();
    expect(screen.getByText('Sắp đến hạn')).toBeInTheDocument();
    expect(screen.getByText('Hạn: 20/04/2026')).toBeInTheDocument();
    expect(screen.getByText('Trả lời chậm nhất: 17/04/2026')).toBeInTheDocument();
    expect(screen.getByText('10/04/2026 09:00', { exact: false })).toBeInTheDocument();
  });

  it('sends a command with the ETag as If-Match and the antiforgery-protected POST', async () => {
    const api = page(officer, {}, { 'POST /api/cases/5/resolve': { body: { id: 5, status: 'Resolved', version: 4 } } });
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: /Kết quả đã thực hiện/ }), 'Đã nạo vét 120 m cống.');
    await user.click(screen.getByRole('button', { name: 'Ghi nhận kết quả' }));

    await waitFor(() => expect(api.calls.some((r) => r.method === 'POST')).toBe(true));
    const sent = api.calls.find((r) => r.method === 'POST')!;
    expect(sent.headers.get('If-Match')).toBe('"3"');
    expect(await sent.json()).toEqual({ result: 'Đã nạo vét 120 m cống.' });
  });

  it('explains a stale edit (409 on If-Match) and reloads the case on request', async () => {
    const api = page(officer, {}, {
      'POST /api/cases/5/resolve': {
        status: 409,
        body: { title: 'Stale version', status: 409, detail: 'Case 5 has changed: you sent version 3, it is now at version 4. Reload it and try again.' },
      },
    });
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: /Kết quả đã thực hiện/ }), 'Xong');
    await user.click(screen.getByRole('button', { name: 'Ghi nhận kết quả' }));

    expect(await screen.findByText('Hồ sơ vừa được người khác cập nhật')).toBeInTheDocument();
    const reads = () => api.calls.filter((r) => r.method === 'GET' && r.url.endsWith('/api/cases/5')).length;
    const before = reads();
    await user.click(screen.getByRole('button', { name: 'Tải lại hồ sơ' }));
    await waitFor(() => expect(reads()).toBe(before + 1));
    expect(screen.queryByText('Hồ sơ vừa được người khác cập nhật')).not.toBeInTheDocument();
  });

  it('shows a refused transition with the reason the API gives', async () => {
    page(leader, { status: 'Replied', replies: [{ id: 9, status: 'Issued', number: 7, issuedOn: '2026-04-16' }] }, {
      'POST /api/cases/5/close': { status: 409, body: { title: 'Transition refused', status: 409, detail: 'Close is not allowed from Closed.' } },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Chấp nhận trả lời, kết thúc' }));
    expect(await screen.findByText('Close is not allowed from Closed.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Đọc văn bản trả lời' })).toHaveAttribute('href', '/replies/9');
  });

  it('offers the dispatcher the six-clears form for a received case, with the suggested department chosen', async () => {
    page(dispatcher, { status: 'Received', departmentId: null, departmentName: null, assignee: null });
    expect(await screen.findByRole('heading', { name: 'Giao xử lý (sáu rõ)' })).toBeInTheDocument();
    expect(await screen.findByRole('combobox', { name: /Đơn vị xử lý/ })).toHaveValue('2');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Giao xử lý' }));
    expect(screen.getByRole('textbox', { name: /Người thực hiện/ })).toHaveAccessibleDescription('Nêu người thực hiện (rõ người).');
  });

  it('is a not-found page when the API answers 404 (not there, or not yours)', async () => {
    mockApi({ 'GET /api/cases/5': { status: 404, body: { title: 'Not found', status: 404 } }, 'GET /api/categories': { body: categories } });
    renderPage(<CasePage />, { path: '/cases/:id', route: '/cases/5' });
    expect(await screen.findByRole('heading', { name: 'Không tìm thấy' })).toBeInTheDocument();
  });
});
