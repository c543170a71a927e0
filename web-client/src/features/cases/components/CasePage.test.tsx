import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail } from '@/api/types';
import { categories, dispatcher, invalid, leader, mockApi, officer, refusal, renderPage } from '@/test/render';
import { CasePage } from './CasePage';

const detail = (overrides: Partial<CaseDetail> = {}): CaseDetail => ({
  id: 5, petitionId: 2, sessionId: 1, itemNumber: 1, text: 'Đề nghị nạo vét cống', category: 'Flooding', location: 'Ngõ 5',
  status: 'InProgress', departmentId: 2, departmentName: 'KT-HT-ĐT', suggestedDepartmentId: 2, suggestedDepartmentName: 'KT-HT-ĐT',
  dueDate: '2026-04-20', lastWorkingDay: '2026-04-17', overdue: false, atRisk: true, repliedOn: null, version: 3,
  submitterName: 'Nguyễn Bảo Bình', submitterTitle: 'Tổ trưởng TDP số 19', organisation: 'TDP số 19', area: 'Trung Hòa',
  assignee: 'Trần Văn Nam', task: 'Nạo vét', responsibleHead: 'Trưởng phòng', expectedResult: 'Cống thông', authority: 'Chủ tịch UBND phường', result: null,
  referredTo: null, referralLetter: null, refusalReason: null, original: null, corrections: [], replies: [], supportingDepartments: [], rating: null, ratingComment: null, ratedAt: null,
  history: [
    { at: '2026-04-10T02:00:00+00:00', actor: 'seed', actorName: null, action: 'Submit', from: null, to: 'Received', details: null },
    { at: '2026-04-11T02:00:00+00:00', actor: 'dispatcher', actorName: 'Văn phòng HĐND và UBND', action: 'Assign', from: 'Received', to: 'Assigned', details: null },
  ],
  ...overrides,
});

const corrected = {
  text: 'Đề nghị nạo vét cống ngõ 5',
  category: 'Security' as const,
  original: { text: 'Đề nghị nạo vét công ngỏ 5', category: 'Flooding' as const, location: 'Ngõ 5', corrected: ['Text' as const, 'Category' as const] },
  corrections: [
    { field: 'Text' as const, before: 'Đề nghị nạo vét công ngỏ 5', after: 'Đề nghị nạo vét cống ngõ 5', reason: 'Lỗi chính tả.', actor: 'dispatcher', actorName: 'Văn phòng HĐND và UBND', at: '2026-04-13T02:00:00+00:00' },
    { field: 'Category' as const, before: 'Flooding', after: 'Security', reason: 'Lỗi chính tả.', actor: 'dispatcher', actorName: 'Văn phòng HĐND và UBND', at: '2026-04-13T02:00:00+00:00' },
  ],
};

let current: ReturnType<typeof renderPage>['router'] | undefined;
const router = () => current!;

const page = (me = officer, overrides: Partial<CaseDetail> = {}, extra = {}, lang: 'vi' | 'en' = 'vi') => {
  const api = mockApi({
    'GET /api/cases/5': { body: detail(overrides), headers: { ETag: '"3"' } },
    'GET /api/cases/5/attachments': { body: [] },
    'GET /api/categories': { body: categories },
    'GET /api/departments': { body: [{ id: 2, code: 'KT-HT-DT', shortName: 'KT-HT-ĐT', name: 'Phòng Kinh tế, Hạ tầng và Đô thị' }] },
    ...extra,
  });
  current = renderPage(<CasePage />, { path: '/cases/:id', route: '/cases/5', me, lang }).router;
  return api;
};

describe('a case', () => {
  // The staff forms are a lazy chunk: transformed once here, so a busy machine does not time out the first test to open one.
  beforeAll(() => import('./StaffActions'));

  it('shows its status, deadline (dd/MM/yyyy, at risk) and history', async () => {
    page(leader);
    expect(await screen.findByRole('heading', { level: 1, name: 'Nội dung kiến nghị số 5' })).toBeInTheDocument();
    expect(screen.getAllByText('Đang xử lý')[0]).toBeInTheDocument();
    expect(screen.getByText('Sắp đến hạn')).toBeInTheDocument();
    expect(screen.getByText('10/04/2026 09:00', { exact: false })).toBeInTheDocument();
  });

  it("lets the department add result photos one at a time and names each refused one with the reason of its code", async () => {
    let uploads = 0;
    const api = page(officer, {}, {
      // The first photo does not decode; the second goes in.
      'POST /api/cases/5/attachments': () => (uploads++ === 0 ? refusal(415, 'attachment.image.unreadable') : { status: 201, body: { id: 9 } }),
    });
    const user = userEvent.setup();
    const after = await screen.findByLabelText('Thêm ảnh kết quả (sau khi xử lý)');
    expect(after).toHaveAttribute('capture', 'environment');

    await user.upload(after, [
      new File([new Uint8Array([0xff, 0xd8, 0xff, 0x00])], 'hong.jpg', { type: 'image/jpeg' }),
      new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], 'sau-khi-nao-vet.jpg', { type: 'image/jpeg' }),
    ]);

    const files = screen.getByRole('region', { name: 'Ảnh và tài liệu' });
    const alert = await within(files).findByRole('alert');
    expect(alert).toHaveTextContent('Chưa gửi được 1 ảnh, tệp:');
    expect(alert).toHaveTextContent('hong.jpg: Không đọc được ảnh này (tệp hỏng hoặc chưa tải hết). Hãy chụp lại hoặc gửi ảnh JPEG.');
    expect(alert).not.toHaveTextContent('sau-khi-nao-vet.jpg');
    expect(api.calls.filter((r) => r.method === 'POST')).toHaveLength(2);
  });

  it('words the deadline one way, in the badge and the facts alike', async () => {
    page(leader);
    expect(await screen.findByText('Hạn trả lời: trước 20/04/2026 (chậm nhất 17/04/2026)')).toBeInTheDocument();
    expect(screen.getByText('trước 20/04/2026 (chậm nhất 17/04/2026)')).toBeInTheDocument();
    expect(screen.queryByText(/Ngày làm việc cuối|Trả lời chậm nhất|^Hạn:/)).not.toBeInTheDocument();
  });

  it('names people in the history by their display names, and the seeded intake as the system', async () => {
    page(leader);
    const history = await screen.findByRole('region', { name: 'Lịch sử xử lý' });
    expect(history).toHaveTextContent('Văn phòng HĐND và UBND');
    expect(history).toHaveTextContent('Hệ thống (dữ liệu ban đầu)');
    expect(history).not.toHaveTextContent('dispatcher');
    expect(history).not.toHaveTextContent('seed');
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
      'POST /api/cases/5/resolve': refusal(409, 'staleVersion', { resource: 'Case', id: 5, expected: 3, actual: 4 }),
    });
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: /Kết quả đã thực hiện/ }), 'Xong');
    await user.click(screen.getByRole('button', { name: 'Ghi nhận kết quả' }));

    expect(await screen.findByText('Hồ sơ vừa được người khác cập nhật')).toBeInTheDocument();
    expect(screen.getByText(/Thao tác của bạn chưa được lưu vì hồ sơ đã thay đổi/)).toBeInTheDocument();
    const reads = () => api.calls.filter((r) => r.method === 'GET' && r.url.endsWith('/api/cases/5')).length;
    const before = reads();
    await user.click(screen.getByRole('button', { name: 'Tải lại hồ sơ' }));
    await waitFor(() => expect(reads()).toBe(before + 1));
    expect(screen.queryByText('Hồ sơ vừa được người khác cập nhật')).not.toBeInTheDocument();
  });

  // The API's English (detail, title) is reworded here: the screens word the refusal from its code and args alone.
  const refusedClose = {
    'POST /api/cases/5/close': refusal(
      409,
      'transitionRefused',
      { action: 'Close', from: 'Closed', allowed: ['Replied', 'Referred'] },
      { title: 'Completely different English', detail: 'Completely different English: nothing like before.' },
    ),
  };
  const replied: Partial<CaseDetail> = { status: 'Replied', replies: [{ id: 9, status: 'Sent', isOut: true, number: 7, issuedOn: '2026-04-16' }] };

  it('shows a refused transition in Vietnamese from its code and args, whatever English the API writes', async () => {
    page(leader, replied, refusedClose);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Chấp nhận trả lời, kết thúc' }));
    await user.click(screen.getByRole('button', { name: 'Chấp nhận và kết thúc' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không thực hiện được');
    expect(alert).toHaveTextContent(
      'Không thể thực hiện “Chấp nhận, kết thúc” với nội dung đang ở trạng thái “Đã kết thúc”; chỉ được khi nội dung ở trạng thái “Đã trả lời” hoặc “Đã chuyển cơ quan có thẩm quyền”.',
    );
    expect(document.body).not.toHaveTextContent('Completely different English');
    expect(screen.getByRole('link', { name: 'Đọc văn bản trả lời' })).toHaveAttribute('href', '/replies/9');
  });

  it('asks once more before accepting a reply, since a closed case cannot be reopened', async () => {
    const api = page(leader, replied, { 'POST /api/cases/5/close': { body: { id: 5, status: 'Closed', version: 4 } } });
    const user = userEvent.setup();
    const accept = await screen.findByRole('button', { name: 'Chấp nhận trả lời, kết thúc' });
    await user.click(accept);
    const question = screen.getByRole('form', { name: 'Chấp nhận trả lời, kết thúc' });
    expect(question).toHaveTextContent('Chấp nhận văn bản trả lời và kết thúc nội dung này?');
    expect(question).toHaveFocus();
    expect(api.calls.filter((r) => r.method === 'POST')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Hủy' }));
    expect(screen.getByRole('button', { name: 'Chấp nhận trả lời, kết thúc' })).toHaveFocus();
    expect(api.calls.filter((r) => r.method === 'POST')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Chấp nhận trả lời, kết thúc' }));
    await user.click(screen.getByRole('button', { name: 'Chấp nhận và kết thúc' }));
    await waitFor(() => expect(api.calls.filter((r) => r.method === 'POST').map((r) => new URL(r.url).pathname)).toEqual(['/api/cases/5/close']));
    expect(api.calls.find((r) => r.method === 'POST')!.headers.get('If-Match')).toBe('"3"');
    expect(await api.calls.find((r) => r.method === 'POST')!.text()).toBe('');
  });

  it('lets the leader rate the reply with stars and a comment as they accept it', async () => {
    const api = page(leader, replied, { 'POST /api/cases/5/close': { body: { id: 5, status: 'Closed', version: 4 } } });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Chấp nhận trả lời, kết thúc' }));
    const stars = within(screen.getByRole('group', { name: 'Mức độ hài lòng với văn bản trả lời (không bắt buộc)' }));
    expect(stars.getByRole('radio', { name: 'Không đánh giá' })).toBeChecked();
    expect(stars.getAllByRole('radio')).toHaveLength(6);
    await user.click(stars.getByRole('radio', { name: '4 sao – Hài lòng' }));
    await user.type(screen.getByRole('textbox', { name: /Ý kiến thêm/ }), '  Đã nạo vét xong, cảm ơn phường.  ');
    await user.click(screen.getByRole('button', { name: 'Chấp nhận và kết thúc' }));

    await waitFor(() => expect(api.calls.filter((r) => r.method === 'POST')).toHaveLength(1));
    expect(await api.calls.find((r) => r.method === 'POST')!.json()).toEqual({ rating: 4, comment: 'Đã nạo vét xong, cảm ơn phường.' });
  });

  it('asks for a rating before sending a comment on its own, and shows the API\'s refusal at its field', async () => {
    const api = page(leader, replied, {
      'POST /api/cases/5/close': invalid({ comment: [['case.close.comment.tooLong', { max: 1000 }, 'A comment must be at most 1000 characters.']] }),
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Chấp nhận trả lời, kết thúc' }));
    const comment = screen.getByRole('textbox', { name: /Ý kiến thêm/ });
    await user.type(comment, 'Chưa hài lòng');
    await user.click(screen.getByRole('button', { name: 'Chấp nhận và kết thúc' }));
    expect(await screen.findByText('Chọn mức độ hài lòng (1 đến 5 sao) trước khi ghi ý kiến.')).toBeInTheDocument();
    expect(comment).toHaveAttribute('aria-invalid', 'true');
    expect(api.calls.filter((r) => r.method === 'POST')).toHaveLength(0);

    await user.click(screen.getByRole('radio', { name: '2 sao – Không hài lòng' }));
    await user.click(screen.getByRole('button', { name: 'Chấp nhận và kết thúc' }));
    expect(await screen.findByText('Ý kiến tối đa 1000 ký tự.')).toBeInTheDocument();
  });

  it('shows the rating of a closed case with its comment, or that none was given, in either language', async () => {
    page(dispatcher, { status: 'Closed', rating: 5, ratingComment: 'Rất hài lòng.\nCảm ơn.', ratedAt: '2026-04-17T02:30:00+00:00' });
    const panel = within((await screen.findByRole('heading', { name: 'Đánh giá của người kiến nghị' })).closest('section')!);
    expect(panel.getByRole('img', { name: 'Mức độ hài lòng: 5/5' })).toBeInTheDocument();
    expect(panel.getByText(/Rất hài lòng\./)).toBeInTheDocument();
    expect(panel.getByText(/Đánh giá lúc/)).toBeInTheDocument();
  });

  it('says a closed case was accepted without a rating', async () => {
    page(dispatcher, { status: 'Closed' }, {}, 'en');
    expect(await screen.findByText('The petitioner accepted the reply without rating it.')).toBeInTheDocument();
  });

  it('takes the officer back to their inbox with a message once they have sent a case back', async () => {
    const api = page(officer, { status: 'Assigned' }, { 'POST /api/cases/5/return': { body: { id: 5, status: 'Received', version: 4 } } });
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: /Lý do trả lại/ }), 'Không thuộc lĩnh vực của phòng.');
    await user.click(screen.getByRole('button', { name: 'Trả lại' }));

    expect(await screen.findByText('elsewhere')).toBeInTheDocument();
    expect(router().state.location.pathname).toBe('/inbox');
    expect(router().state.location.state).toEqual({ flash: 'Đã trả lại nội dung số 5 cho Văn phòng HĐND và UBND để phân công lại.' });
    expect(await api.calls.find((r) => r.method === 'POST')!.json()).toEqual({ reason: 'Không thuộc lĩnh vực của phòng.' });
  });

  it("shows a refused transition in the web app's English, never the API's", async () => {
    page(leader, replied, refusedClose, 'en');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Accept the reply and close' }));
    await user.click(screen.getByRole('button', { name: 'Accept and close' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“Accepted and closed” is not possible while the case is “Closed”; the case must be “Replied” or “Referred”.',
    );
    expect(document.body).not.toHaveTextContent('Completely different English');
  });

  it("shows the API's field error from its code when a result is refused", async () => {
    page(officer, {}, {
      'POST /api/cases/5/resolve': invalid({ result: [['case.resolve.result.tooLong', { max: 4000, actual: 4012 }, 'Reworded: far too long.']] }),
    });
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: /Kết quả đã thực hiện/ }), 'Xong');
    await user.click(screen.getByRole('button', { name: 'Ghi nhận kết quả' }));
    const result = screen.getByRole('textbox', { name: /Kết quả đã thực hiện/ });
    await waitFor(() => expect(result).toHaveAccessibleDescription('Kết quả tối đa 4000 ký tự (hiện có 4012).'));
    expect(document.body).not.toHaveTextContent('Reworded');
  });

  it('offers the dispatcher the six-clears form for a received case, with the suggested department chosen', async () => {
    page(dispatcher, { status: 'Received', departmentId: null, departmentName: null, assignee: null });
    expect(await screen.findByRole('heading', { name: 'Giao xử lý (sáu rõ)' })).toBeInTheDocument();
    expect(await screen.findByRole('combobox', { name: /Đơn vị xử lý/ })).toHaveValue('2');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Giao xử lý' }));
    expect(screen.getByRole('textbox', { name: /Người thực hiện/ })).toHaveAccessibleDescription('Nêu người thực hiện (rõ người).');
    expect(screen.getByRole('textbox', { name: /Thẩm quyền giải quyết \(rõ thẩm quyền\)/ })).toHaveAccessibleDescription(/Nêu thẩm quyền giải quyết \(rõ thẩm quyền\)\./);
  });

  it('shows the six clears of an assignment in the words of the form', async () => {
    page(leader);
    const assignment = await screen.findByRole('region', { name: 'Giao xử lý (sáu rõ)' });
    for (const label of ['Người thực hiện (rõ người)', 'Nhiệm vụ (rõ việc)', 'Thời hạn (rõ thời gian)', 'Người chịu trách nhiệm (rõ trách nhiệm)', 'Kết quả cần đạt (rõ sản phẩm (kết quả))', 'Thẩm quyền giải quyết (rõ thẩm quyền)']) {
      expect(within(assignment).getByText(label)).toBeInTheDocument();
    }
    expect(within(assignment).getByText('Chủ tịch UBND phường')).toBeInTheDocument();
  });

  it('takes the due date from the same date control as every other form, sent as the API writes dates', async () => {
    const api = page(dispatcher, { status: 'Received', departmentId: null, departmentName: null, assignee: null }, {
      'POST /api/cases/5/assign': { body: { id: 5, status: 'Assigned', version: 4 } },
    });
    const user = userEvent.setup();
    const due = await screen.findByLabelText(/^Thời hạn/);
    expect(due).toHaveAttribute('type', 'date');
    expect(due).toHaveAccessibleDescription('Để trống thì theo hạn trả lời của hội nghị nếu chưa đến, nếu đã qua thì một số ngày làm việc quy định kể từ hôm nay (mặc định 10).');
    await user.type(screen.getByRole('textbox', { name: /Người thực hiện/ }), 'Trần Văn Nam');
    await user.type(screen.getByRole('textbox', { name: /Nhiệm vụ/ }), 'Nạo vét');
    await user.type(screen.getByRole('textbox', { name: /Người chịu trách nhiệm/ }), 'Trưởng phòng');
    await user.type(screen.getByRole('textbox', { name: /Kết quả cần đạt/ }), 'Cống thông');
    await user.type(screen.getByRole('textbox', { name: /Thẩm quyền giải quyết/ }), 'Chủ tịch UBND phường');
    fireEvent.change(due, { target: { value: '2026-04-30' } });
    await user.click(screen.getByRole('button', { name: 'Giao xử lý' }));

    await waitFor(() => expect(api.calls.some((r) => r.method === 'POST')).toBe(true));
    expect(await api.calls.find((r) => r.method === 'POST')!.json()).toMatchObject({ departmentId: 2, dueDate: '2026-04-30' });
  }, 20_000); // the six clears typed key by key

  it('lets the dispatcher re-route a case in progress, with a reason and the six clears, kept task, expected result and authority', async () => {
    const api = page(dispatcher, {}, { 'POST /api/cases/5/reroute': { body: { id: 5, status: 'Assigned', version: 4 } } });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Chuyển đơn vị xử lý khác' }));
    expect(screen.getByRole('textbox', { name: /Nhiệm vụ \(rõ việc\)/ })).toHaveValue('Nạo vét');
    await user.click(screen.getByRole('button', { name: 'Chuyển xử lý' }));
    expect(screen.getByRole('textbox', { name: /Lý do chuyển/ })).toHaveAccessibleDescription('Nêu lý do chuyển đơn vị xử lý.');
    expect(api.calls.some((r) => r.method === 'POST')).toBe(false);

    await user.type(screen.getByRole('textbox', { name: /Lý do chuyển/ }), 'Thuộc lĩnh vực trật tự.');
    await user.selectOptions(screen.getByRole('combobox', { name: /Đơn vị xử lý/ }), '2');
    await user.type(screen.getByRole('textbox', { name: /Người thực hiện/ }), 'Lê Văn Hùng');
    await user.type(screen.getByRole('textbox', { name: /rõ trách nhiệm/ }), 'Trưởng Công an phường');
    await user.click(screen.getByRole('button', { name: 'Chuyển xử lý' }));

    await waitFor(() => expect(api.calls.some((r) => r.method === 'POST')).toBe(true));
    const sent = api.calls.find((r) => r.method === 'POST')!;
    expect(sent.url).toMatch(/\/api\/cases\/5\/reroute$/);
    expect(sent.headers.get('If-Match')).toBe('"3"');
    expect(await sent.json()).toEqual({
      reason: 'Thuộc lĩnh vực trật tự.',
      assignment: { departmentId: 2, assignee: 'Lê Văn Hùng', task: 'Nạo vét', responsibleHead: 'Trưởng Công an phường', dueDate: null, expectedResult: 'Cống thông', authority: 'Chủ tịch UBND phường' },
    });
  }, 20_000); // the six clears typed key by key

  it("shows a re-route's field error from the API next to the assignment's field", async () => {
    page(dispatcher, { status: 'Assigned' }, {
      'POST /api/cases/5/reroute': invalid({ 'assignment.departmentId': [['departmentId.unknown', { id: 2 }, 'Reworded.']] }),
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Chuyển đơn vị xử lý khác' }));
    await user.type(screen.getByRole('textbox', { name: /Lý do chuyển/ }), 'Chuyển');
    await user.selectOptions(screen.getByRole('combobox', { name: /Đơn vị xử lý/ }), '2');
    await user.type(screen.getByRole('textbox', { name: /Người thực hiện/ }), 'A');
    await user.type(screen.getByRole('textbox', { name: /rõ trách nhiệm/ }), 'B');
    await user.click(screen.getByRole('button', { name: 'Chuyển xử lý' }));
    await waitFor(() => expect(screen.getByRole('combobox', { name: /Đơn vị xử lý/ })).toHaveAccessibleDescription('Đơn vị này không có ở phường.'));
    expect(document.body).not.toHaveTextContent('Reworded');
  }, 20_000); // the six clears typed key by key

  it('lets a department give back a case it has started', async () => {
    const api = page(officer, {}, { 'POST /api/cases/5/return': { body: { id: 5, status: 'Received', version: 4 } } });
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: /Lý do trả lại/ }), 'Không thuộc lĩnh vực của phòng.');
    await user.click(screen.getByRole('button', { name: 'Trả lại' }));
    await waitFor(() => expect(api.calls.some((r) => r.method === 'POST')).toBe(true));
    expect(await api.calls.find((r) => r.method === 'POST')!.json()).toEqual({ reason: 'Không thuộc lĩnh vực của phòng.' });
  });

  const withNotes: Partial<CaseDetail> = {
    history: [
      { at: '2026-04-10T02:00:00+00:00', actor: 'leader19', actorName: 'Nguyễn Bảo Bình', action: 'Submit', from: null, to: 'Received', details: null },
      { at: '2026-04-13T02:00:00+00:00', actor: 'ktht', actorName: 'Cán bộ KT-HT-ĐT', action: 'Note', from: 'InProgress', to: 'InProgress', details: { text: 'Chủ hộ chưa hợp tác.' } },
      { at: '2026-04-14T02:00:00+00:00', actor: 'ktht', actorName: 'Cán bộ KT-HT-ĐT', action: 'Progress', from: 'InProgress', to: 'InProgress', details: { text: 'Đã khảo sát hiện trường.' } },
    ],
  };

  it('shows staff the notes and progress updates, newest first, each with its kind, and adds one', async () => {
    const api = page(officer, withNotes, { 'POST /api/cases/5/notes': { body: { id: 5, status: 'InProgress', version: 4 } } });
    const notes = within(await screen.findByRole('region', { name: 'Ghi chú và tiến độ' }));
    const items = notes.getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Tiến độ');
    expect(items[0]).toHaveTextContent('Đã khảo sát hiện trường.');
    expect(items[1]).toHaveTextContent('Nội bộ');
    expect(items[1]).toHaveTextContent('Chủ hộ chưa hợp tác.');
    expect(items[1]).toHaveTextContent('Cán bộ KT-HT-ĐT');

    const user = userEvent.setup();
    await user.click(notes.getByRole('button', { name: 'Lưu ghi chú' }));
    expect(notes.getByRole('textbox', { name: /Nội dung/ })).toHaveAccessibleDescription('Nhập nội dung ghi chú.');
    await user.click(notes.getByRole('radio', { name: /Cập nhật tiến độ/ }));
    await user.type(notes.getByRole('textbox', { name: /Nội dung/ }), 'Đã nạo vét 60 m.');
    await user.click(notes.getByRole('button', { name: 'Lưu ghi chú' }));

    await waitFor(() => expect(notes.getByRole('status')).toHaveTextContent('Đã lưu ghi chú.'));
    const sent = api.calls.find((r) => r.method === 'POST')!;
    expect(sent.headers.get('If-Match')).toBe('"3"');
    expect(await sent.json()).toEqual({ kind: 'Progress', text: 'Đã nạo vét 60 m.' });
    expect(notes.getByRole('textbox', { name: /Nội dung/ })).toHaveValue('');
  });

  it('shows the group leader the progress updates, with no form and no kind', async () => {
    // The API leaves internal notes out of a group leader's history.
    page(leader, { history: withNotes.history!.filter((e) => e.action !== 'Note') });
    const progress = within(await screen.findByRole('region', { name: 'Tiến độ xử lý' }));
    expect(progress.getByText('Đã khảo sát hiện trường.')).toBeInTheDocument();
    expect(progress.queryByText('Tiến độ')).not.toBeInTheDocument();
    expect(progress.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('shows the group leader no progress panel while there is no update', async () => {
    page(leader);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('region', { name: 'Tiến độ xử lý' })).not.toBeInTheDocument();
  });

  const twoDepartments = {
    'GET /api/departments': {
      body: [
        { id: 2, code: 'KT-HT-DT', shortName: 'KT-HT-ĐT', name: 'Phòng Kinh tế, Hạ tầng và Đô thị' },
        { id: 5, code: 'CA', shortName: 'Công an phường', name: 'Công an phường Yên Hòa' },
      ],
    },
  };

  it('lets the dispatcher choose supporting departments beside the lead, which is not offered', async () => {
    const api = page(dispatcher, { status: 'Assigned' }, {
      ...twoDepartments,
      'POST /api/cases/5/supporting': { body: { id: 5, status: 'Assigned', version: 4 } },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Đơn vị phối hợp' }));
    const group = screen.getByRole('group', { name: 'Đơn vị phối hợp' });
    expect(within(group).queryByRole('checkbox', { name: 'Phòng Kinh tế, Hạ tầng và Đô thị' })).not.toBeInTheDocument();
    await user.click(await within(group).findByRole('checkbox', { name: 'Công an phường Yên Hòa' }));
    await user.click(screen.getByRole('button', { name: 'Lưu đơn vị phối hợp' }));
    await waitFor(() => expect(api.calls.some((r) => r.method === 'POST')).toBe(true));
    const sent = api.calls.find((r) => r.method === 'POST')!;
    expect(sent.url).toMatch(/\/api\/cases\/5\/supporting$/);
    expect(await sent.json()).toEqual({ departmentIds: [5] });
  });

  it("shows the API's refusal of a supporting department from its code", async () => {
    page(dispatcher, { status: 'Assigned' }, {
      ...twoDepartments,
      'POST /api/cases/5/supporting': invalid({ 'departmentIds[0]': [['case.supporting.departmentIds.lead', { id: 5 }, 'Reworded.']] }),
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Đơn vị phối hợp' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Công an phường Yên Hòa' }));
    await user.click(screen.getByRole('button', { name: 'Lưu đơn vị phối hợp' }));
    expect(await screen.findByText('Đơn vị chủ trì không đồng thời là đơn vị phối hợp.')).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('Reworded');
  });

  it('shows a supporting officer the case, its lead and supporters, and the notes form but not the steps', async () => {
    page(officer, { departmentId: 5, departmentName: 'Công an phường', supportingDepartments: [{ id: 2, name: 'KT-HT-ĐT' }] });
    expect(await screen.findByText(/Đơn vị của bạn phối hợp xử lý nội dung này/)).toBeInTheDocument();
    expect(screen.getByText('Đơn vị phối hợp', { selector: 'dt' }).nextElementSibling).toHaveTextContent('KT-HT-ĐT');
    expect(screen.queryByRole('button', { name: 'Ghi nhận kết quả' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Trả lại' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Ghi chú và tiến độ' })).getByRole('button', { name: 'Lưu ghi chú' })).toBeInTheDocument();
  });

  it('lets the dispatcher correct the wording and category with a reason, sending only what changed', async () => {
    const api = page(dispatcher, {}, { 'POST /api/cases/5/correct': { body: { id: 5, status: 'InProgress', version: 4 } } });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Sửa nội dung' }));
    const form = screen.getByRole('form', { name: 'Sửa nội dung' });
    const text = within(form).getByRole('textbox', { name: /Nội dung kiến nghị/ });
    expect(text).toHaveValue('Đề nghị nạo vét cống');
    await user.clear(text);
    await user.type(text, 'Đề nghị nạo vét cống ngõ 5');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Lĩnh vực' }), 'Security');
    await user.click(within(form).getByRole('button', { name: 'Lưu nội dung đã sửa' }));
    expect(await within(form).findByText('Nêu lý do sửa.')).toBeInTheDocument();
    expect(api.calls.some((r) => r.method === 'POST')).toBe(false);

    await user.type(within(form).getByRole('textbox', { name: /Lý do sửa/ }), 'Sửa lỗi khi nhập.');
    await user.click(within(form).getByRole('button', { name: 'Lưu nội dung đã sửa' }));
    await waitFor(() => expect(api.calls.some((r) => r.method === 'POST')).toBe(true));
    const sent = api.calls.find((r) => r.method === 'POST')!;
    expect(sent.url).toMatch(/\/api\/cases\/5\/correct$/);
    expect(sent.headers.get('If-Match')).toBe('"3"');
    expect(await sent.json()).toEqual({ text: 'Đề nghị nạo vét cống ngõ 5', category: 'Security', location: null, reason: 'Sửa lỗi khi nhập.' });
  });

  it('sends no correction when nothing differs, and words the API refusing a correction from its code', async () => {
    const api = page(dispatcher, { status: 'Resolved' }, {
      'POST /api/cases/5/correct': refusal(409, 'caseCorrectionAfterLetter', { caseId: 5, replyId: 7, replyStatus: 'Signed' }),
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Sửa nội dung' }));
    const form = screen.getByRole('form', { name: 'Sửa nội dung' });
    await user.type(within(form).getByRole('textbox', { name: /Lý do sửa/ }), 'Không đổi.');
    await user.click(within(form).getByRole('button', { name: 'Lưu nội dung đã sửa' }));
    expect(await within(form).findByText('Chưa có gì thay đổi so với hiện tại.')).toBeInTheDocument();
    expect(api.calls.some((r) => r.method === 'POST')).toBe(false);

    await user.type(within(form).getByRole('textbox', { name: /Địa điểm/ }), 'A');
    await user.click(within(form).getByRole('button', { name: 'Lưu nội dung đã sửa' }));
    expect(await screen.findByText(/văn bản trả lời số 7 đã ở bước/)).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('English');
  });

  it('offers no correction once a letter for the case has gone to the signer, nor on a closed case', async () => {
    page(dispatcher, { status: 'Resolved', replies: [{ id: 7, status: 'Submitted', isOut: false, number: null, issuedOn: null }] });
    expect(await screen.findByRole('button', { name: 'Đơn vị phối hợp' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sửa nội dung' })).not.toBeInTheDocument();
  });

  it('shows a corrected case with the original as submitted and who corrected what, in either language', async () => {
    page(leader, corrected);
    expect(await screen.findByText('Đề nghị nạo vét cống ngõ 5')).toBeInTheDocument();
    const original = screen.getByRole('note', { name: 'Nguyên văn khi tiếp nhận' });
    expect(original).toHaveTextContent('Đề nghị nạo vét công ngỏ 5');
    await waitFor(() => expect(original).toHaveTextContent('Lĩnh vực khi tiếp nhận: Úng ngập'));
    const list = screen.getByRole('region', { name: 'Các lần sửa' });
    expect(list).toHaveTextContent('Lĩnh vực: “Úng ngập” → “An ninh trật tự”');
    expect(list).toHaveTextContent('Văn phòng HĐND và UBND, 13/04/2026 09:00 · Lý do: Lỗi chính tả.');
  });

  it('words a corrected case in English too', async () => {
    page(leader, corrected, {}, 'en');
    const english = await screen.findByRole('note', { name: 'As submitted' });
    await waitFor(() => expect(english).toHaveTextContent('Category as submitted: Flooding'));
    expect(screen.getByRole('region', { name: 'Corrections' })).toHaveTextContent('Category: “Flooding” → “Security”');
  });

  it('lets the dispatcher refuse an item with a reason, asked once more before it is sent', async () => {
    const api = page(dispatcher, { status: 'Received', departmentId: null, departmentName: null, assignee: null }, {
      'POST /api/cases/5/refuse': { body: { id: 5, status: 'Refused', version: 4 } },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Từ chối' }));
    const form = screen.getByRole('form', { name: 'Từ chối' });
    await user.click(within(form).getByRole('button', { name: 'Từ chối nội dung này' }));
    expect(await within(form).findByText('Nêu lý do từ chối.')).toBeInTheDocument();

    await user.type(within(form).getByRole('textbox', { name: /Lý do từ chối/ }), 'Tranh chấp dân sự, thuộc Tòa án.');
    await user.click(within(form).getByRole('button', { name: 'Từ chối nội dung này' }));
    const question = await within(form).findByRole('alert');
    expect(question).toHaveTextContent('Từ chối nội dung số 5? Lý do sẽ được gửi tới TDP số 19; không thể hoàn tác.');
    expect(question).toHaveFocus();
    expect(api.calls.some((r) => r.method === 'POST')).toBe(false);

    await user.click(within(question).getByRole('button', { name: 'Xác nhận từ chối' }));
    await waitFor(() => expect(api.calls.some((r) => r.method === 'POST')).toBe(true));
    const sent = api.calls.find((r) => r.method === 'POST')!;
    expect(sent.url).toMatch(/\/api\/cases\/5\/refuse$/);
    expect(await sent.json()).toEqual({ reason: 'Tranh chấp dân sự, thuộc Tòa án.' });
  });

  it('shows a refused case with its reason and status, and offers no step on it', async () => {
    page(dispatcher, { status: 'Refused', refusalReason: 'Tranh chấp dân sự, thuộc Tòa án.', repliedOn: '2026-04-13' });
    const panel = await screen.findByRole('region', { name: 'Từ chối, không thuộc phạm vi giải quyết của phường' });
    expect(panel).toHaveTextContent('Tranh chấp dân sự, thuộc Tòa án.');
    expect(screen.getAllByText('Từ chối, không thuộc phạm vi giải quyết')[0]).toBeInTheDocument();
    expect(await screen.findByText('Bạn không có thao tác nào ở trạng thái này.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Từ chối' })).not.toBeInTheDocument();
  });

  it('is a not-found page when the API answers 404 (not there, or not yours)', async () => {
    mockApi({ 'GET /api/cases/5': refusal(404, 'notFound', { resource: 'Case', id: 5 }), 'GET /api/categories': { body: categories } });
    renderPage(<CasePage />, { path: '/cases/:id', route: '/cases/5' });
    expect(await screen.findByRole('heading', { name: 'Không tìm thấy' })).toBeInTheDocument();
  });
});
