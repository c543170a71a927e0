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

const signers = {
  signers: [{ id: 3, name: 'Trần Thị Minh', position: 'Phó Chủ tịch', form: 'Deputy', disabled: false, lines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], signsReplies: true }],
  replySignerId: null,
  reportSignerId: null,
};

const reply = (status: ReplyDetail['status']): ReplyDetail => {
  const out = status === 'Registered' || status === 'Sent';
  return {
    id: 4, petitionId: 2, organisation: 'TDP số 19', subject: 'Trả lời kiến nghị của TDP số 19', body: 'UBND phường trả lời như sau:',
    status, isOut: out, number: out ? 7 : null, year: out ? 2026 : null, issuedOn: out ? '2026-04-16' : null,
    createdAt: '2026-04-15T03:00:00+00:00', createdBy: 'dispatcher', createdByName: 'Văn phòng HĐND và UBND', recipient: null, closing: null, copiesTo: null,
    signerId: 3, signer: 'Trần Thị Minh – Phó Chủ tịch', history: [],
    cases: [{ id: 13, text: 'Lắp đèn ngõ 5', status: out ? 'Replied' : 'Resolved', departmentName: 'KT-HT-ĐT', result: 'Đã lắp 6 đèn.', referredTo: null, resultWording: null }],
  };
};

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
    expect(await api.calls.find((r) => r.method === 'POST')!.json()).toEqual({
      petitionId: 2, caseIds: [13], subject: null, body: null, recipient: null, results: null, closing: null, copiesTo: null, signerId: null,
    });
  });
});

describe('a written reply', () => {
  it('goes from draft to sent, the steps that cannot be undone asked once more', async () => {
    let status: ReplyDetail['status'] = 'Draft';
    const api = mockApi({
      'GET /api/replies/4': () => ({ body: reply(status) }),
      'POST /api/replies/4/submit': () => ((status = 'Submitted'), { body: { id: 4, status } }),
      'POST /api/replies/4/sign': () => ((status = 'Signed'), { body: { id: 4, status } }),
      'POST /api/replies/4/register': () => ((status = 'Registered'), { body: { id: 4, status, number: 7, year: 2026, issuedOn: '2026-04-16', cases: [] } }),
      'POST /api/replies/4/send': () => ((status = 'Sent'), { body: { id: 4, status } }),
    });
    renderPage(<ReplyPage />, { path: '/replies/:id', route: '/replies/4', me: dispatcher });
    const user = userEvent.setup();
    expect(await screen.findByText('Dự thảo', { selector: 'p' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tải văn bản (Word)' })).toHaveAttribute('href', '/api/replies/4/document');
    expect(screen.getByRole('link', { name: 'Bản in' })).toHaveAttribute('href', '/api/replies/4/document?format=html');

    await user.click(screen.getByRole('button', { name: 'Trình ký' }));
    await user.click(await screen.findByRole('button', { name: 'Ghi nhận đã ký' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Ghi nhận Trần Thị Minh – Phó Chủ tịch đã ký văn bản.');
    expect(api.calls.some((r) => r.url.endsWith('/sign'))).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Ghi nhận đã ký' }));
    await user.click(await screen.findByRole('button', { name: 'Đăng ký văn bản (cấp số)' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Văn thư cấp số và ngày văn bản hôm nay');
    await user.click(screen.getByRole('button', { name: 'Đăng ký văn bản (cấp số)' }));
    expect(await screen.findByText('Đã đăng ký, cấp số – Số 7/2026, ngày 16/04/2026')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ghi nhận đã phát hành' }));
    await user.click(screen.getByRole('button', { name: 'Ghi nhận đã phát hành' }));
    expect(await screen.findByText('Đã phát hành – Số 7/2026, ngày 16/04/2026')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Trình ký, đăng ký, phát hành' })).not.toBeInTheDocument();
    expect(api.calls.filter((r) => r.method === 'POST').map((r) => new URL(r.url).pathname)).toEqual([
      '/api/replies/4/submit', '/api/replies/4/sign', '/api/replies/4/register', '/api/replies/4/send',
    ]);
  });

  it('is returned by the signer with a reason', async () => {
    let status: ReplyDetail['status'] = 'Submitted';
    const api = mockApi({
      'GET /api/replies/4': () => ({ body: reply(status) }),
      'POST /api/replies/4/return': () => ((status = 'Draft'), { body: { id: 4, status } }),
    });
    renderPage(<ReplyPage />, { path: '/replies/:id', route: '/replies/4', me: dispatcher });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Trả lại để sửa' }));
    await user.type(screen.getByRole('textbox', { name: /Nội dung cần sửa/ }), 'Ghi rõ ngày lắp đèn.');
    await user.click(screen.getByRole('button', { name: 'Trả lại để sửa' }));
    expect(await screen.findByRole('button', { name: 'Sửa dự thảo' })).toBeInTheDocument();
    expect(await api.calls.find((r) => r.url.endsWith('/return'))!.json()).toEqual({ reason: 'Ghi rõ ngày lắp đèn.' });
  });

  it('lets the office reword a draft, showing the API\'s field message, then the new words', async () => {
    let saved = reply('Draft');
    const api = mockApi({
      'GET /api/replies/4': () => ({ body: saved }),
      'GET /api/signers': { body: signers },
      'PUT /api/replies/4': async (request) => {
        const body = (await request.json()) as ReplyDetail;
        if (!body.subject) return invalid({ subject: [['reply.subject.required', {}, 'Give the reply\'s subject.']] });
        saved = { ...saved, ...body };
        return { body: { id: 4 } };
      },
    });
    renderPage(<ReplyPage />, { path: '/replies/:id', route: '/replies/4', me: dispatcher });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Sửa dự thảo' }));
    const subject = screen.getByRole('textbox', { name: 'Trích yếu (sau “V/v”)' });
    await user.clear(subject);
    await user.click(screen.getByRole('button', { name: 'Lưu dự thảo' }));
    expect(await screen.findByText('Nhập trích yếu (phần sau “V/v”).')).toBeInTheDocument();

    await user.type(subject, 'Trả lời kiến nghị của TDP số 19 về chiếu sáng ngõ 5');
    await user.type(screen.getByRole('textbox', { name: /Kính gửi/ }), 'Đồng chí Nguyễn Bảo Bình, Tổ trưởng Tổ dân phố số 19');
    await user.type(screen.getByRole('textbox', { name: /Kết quả trong văn bản – nội dung 1/ }), 'Đã lắp 6 đèn LED.');
    await user.type(screen.getByRole('textbox', { name: /Nơi nhận/ }), 'Như trên;\nLưu: VT.');
    await user.click(screen.getByRole('button', { name: 'Lưu dự thảo' }));

    expect(await screen.findByText('V/v Trả lời kiến nghị của TDP số 19 về chiếu sáng ngõ 5')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lưu dự thảo' })).not.toBeInTheDocument();
    expect(await api.calls.filter((r) => r.method === 'PUT').at(-1)!.json()).toEqual({
      subject: 'Trả lời kiến nghị của TDP số 19 về chiếu sáng ngõ 5',
      body: 'UBND phường trả lời như sau:',
      recipient: 'Đồng chí Nguyễn Bảo Bình, Tổ trưởng Tổ dân phố số 19',
      closing: null,
      copiesTo: ['Như trên;', 'Lưu: VT.'],
      results: [{ caseId: 13, text: 'Đã lắp 6 đèn LED.' }],
      signerId: 3,
    });
  }, 20_000);

  it('cannot be reworded once submitted', async () => {
    mockApi({ 'GET /api/replies/4': { body: reply('Submitted') } });
    renderPage(<ReplyPage />, { path: '/replies/:id', route: '/replies/4', me: dispatcher });
    expect(await screen.findByText('Đã lắp 6 đèn.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sửa dự thảo' })).not.toBeInTheDocument();
  });

  it('is for reading only to a group leader', async () => {
    mockApi({ 'GET /api/replies/4': { body: reply('Registered') } });
    renderPage(<ReplyPage />, { path: '/replies/:id', route: '/replies/4', me: leader });
    expect(await screen.findByText('Đã lắp 6 đèn.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ghi nhận đã phát hành' })).not.toBeInTheDocument();
  });

  it('names its drafter by their display name, not their username', async () => {
    mockApi({ 'GET /api/replies/4': { body: reply('Draft') } });
    renderPage(<ReplyPage />, { path: '/replies/:id', route: '/replies/4', me: dispatcher });
    expect(await screen.findByText(/^Soạn bởi Văn phòng HĐND và UBND lúc/)).toBeInTheDocument();
  });
});
