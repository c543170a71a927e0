import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CaseSummary, PetitionDetail, ReplyDetail } from '@/api/types';
import { dispatcher, invalid, leader, mockApi, renderPage } from '@/test/render';
import ReplyEditorPage from './ReplyEditorPage';
import { ReplyPage } from './ReplyPage';

const item = (id: number, status: CaseSummary['status'], text: string) => ({ id, status, text }) as CaseSummary;
const petition = {
  id: 2, sessionId: 1, number: 8, submitterName: 'Nguyễn Bảo Bình', submitterTitle: 'Tổ trưởng TDP số 19',
  organisation: 'TDP số 19', area: 'Trung Hòa', leadAgency: 'UBND phường', submittedAt: '2026-04-10T02:00:00+00:00',
  cases: [item(13, 'Resolved', 'Lắp đèn ngõ 5'), item(14, 'InProgress', 'Tuần tra đêm'), item(15, 'Referred', 'Cải tạo vườn hoa')],
} as PetitionDetail;

const reply = (status: 'Draft' | 'Issued'): ReplyDetail => ({
  id: 4, petitionId: 2, organisation: 'TDP số 19', subject: 'Trả lời kiến nghị của TDP số 19', body: 'UBND phường trả lời như sau:',
  status, number: status === 'Issued' ? 7 : null, year: status === 'Issued' ? 2026 : null, issuedOn: status === 'Issued' ? '2026-04-16' : null,
  createdAt: '2026-04-15T03:00:00+00:00', createdBy: 'dispatcher', createdByName: 'Văn phòng HĐND và UBND',
  cases: [{ id: 13, text: 'Lắp đèn ngõ 5', status: status === 'Issued' ? 'Replied' : 'Resolved', departmentName: 'KT-HT-ĐT', result: 'Đã lắp 6 đèn.', referredTo: null }],
});

describe('the reply editor', () => {
  it('offers only resolved or referred items, the one it came from chosen, and saves a draft', async () => {
    const api = mockApi({
      'GET /api/petitions/2': { body: petition },
      'POST /api/replies': { status: 201, body: { id: 4 } },
    });
    const { router } = renderPage(<ReplyEditorPage />, { path: '/replies/new', route: '/replies/new?petitionId=2&caseId=13', me: dispatcher });
    const boxes = await screen.findAllByRole('checkbox');
    expect(boxes).toHaveLength(2);
    expect(screen.getByRole('checkbox', { name: /Lắp đèn ngõ 5/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Cải tạo vườn hoa/ })).not.toBeChecked();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Lưu dự thảo' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/replies/4'));
    expect(await api.calls.find((r) => r.method === 'POST')!.json()).toEqual({ petitionId: 2, caseIds: [13], subject: null, body: null });
  });
});

describe('a written reply', () => {
  it('lets the dispatcher issue a draft, and offers the Word letter and the printable page', async () => {
    let issued = false;
    mockApi({
      'GET /api/replies/4': () => ({ body: reply(issued ? 'Issued' : 'Draft') }),
      'POST /api/replies/4/issue': () => {
        issued = true;
        return { body: { id: 4, number: 7, year: 2026, issuedOn: '2026-04-16', cases: [] } };
      },
    });
    renderPage(<ReplyPage />, { path: '/replies/:id', route: '/replies/4', me: dispatcher });
    expect(await screen.findByText('Dự thảo', { selector: 'p' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tải văn bản (Word)' })).toHaveAttribute('href', '/api/replies/4/document');
    expect(screen.getByRole('link', { name: 'Bản in' })).toHaveAttribute('href', '/api/replies/4/document?format=html');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Ban hành văn bản' }));
    expect(await screen.findByText('Đã ban hành: số 7/2026, ngày 16/04/2026')).toBeInTheDocument();
  });

  it('lets the office reword a draft, showing the API\'s field message, then the new words', async () => {
    let saved = reply('Draft');
    const api = mockApi({
      'GET /api/replies/4': () => ({ body: saved }),
      'PUT /api/replies/4': async (request) => {
        const body = (await request.json()) as { subject: string; body: string };
        if (!body.subject) return invalid({ subject: [['reply.subject.required', {}, 'Give the reply\'s subject (the "V/v …" line).']] });
        saved = { ...saved, ...body };
        return { body: { id: 4 } };
      },
    });
    renderPage(<ReplyPage />, { path: '/replies/:id', route: '/replies/4', me: dispatcher });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Sửa dự thảo' }));
    const subject = screen.getByRole('textbox', { name: 'Trích yếu (V/v …)' });
    await user.clear(subject);
    await user.click(screen.getByRole('button', { name: 'Lưu dự thảo' }));
    expect(await screen.findByText('Nhập trích yếu (dòng “V/v …”).')).toBeInTheDocument();

    await user.type(subject, 'Trả lời kiến nghị của TDP số 19 về chiếu sáng ngõ 5');
    await user.click(screen.getByRole('button', { name: 'Lưu dự thảo' }));

    expect(await screen.findByText('V/v Trả lời kiến nghị của TDP số 19 về chiếu sáng ngõ 5')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lưu dự thảo' })).not.toBeInTheDocument();
    expect(await api.calls.filter((r) => r.method === 'PUT').at(-1)!.json()).toEqual({
      subject: 'Trả lời kiến nghị của TDP số 19 về chiếu sáng ngõ 5',
      body: 'UBND phường trả lời như sau:',
    });
  });

  it('cannot be reworded once issued', async () => {
    mockApi({ 'GET /api/replies/4': { body: reply('Issued') } });
    renderPage(<ReplyPage />, { path: '/replies/:id', route: '/replies/4', me: dispatcher });
    expect(await screen.findByText('Đã lắp 6 đèn.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sửa dự thảo' })).not.toBeInTheDocument();
  });

  it('is for reading only to a group leader', async () => {
    mockApi({ 'GET /api/replies/4': { body: reply('Issued') } });
    renderPage(<ReplyPage />, { path: '/replies/:id', route: '/replies/4', me: leader });
    expect(await screen.findByText('Đã lắp 6 đèn.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ban hành văn bản' })).not.toBeInTheDocument();
  });

  it('names its drafter by their display name, not their username', async () => {
    mockApi({ 'GET /api/replies/4': { body: reply('Draft') } });
    renderPage(<ReplyPage />, { path: '/replies/:id', route: '/replies/4', me: dispatcher });
    expect(await screen.findByText(/^Soạn bởi Văn phòng HĐND và UBND lúc/)).toBeInTheDocument();
  });
});
