import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CategoryInfo, ConfirmNoticeCommand, Department, NoticePreview, SessionSummary } from '@/api/types';
import { dispatcher, invalid, mockApi, renderPage, type Reply } from '@/test/render';
import NoticeImportPage from './NoticeImportPage';
// What POST /api/notices/preview answered for the seeded notice (tests/Petitions.Api.Tests/Notices/thong-bao-quy-I-2026.txt).
import seeded from './notice-preview.fixture.json';

const preview = (overrides: Partial<NoticePreview> = {}): NoticePreview => ({ ...(structuredClone(seeded) as NoticePreview), ...overrides });

const sessions: SessionSummary[] = [
  { id: 1, code: '2026-Q1', title: 'Hội nghị giao ban đánh giá công tác quý I/2026; triển khai nhiệm vụ trọng tâm quý II/2026', heldOn: '2026-04-10',
    replyDeadline: '2026-04-20', lastWorkingDay: '2026-04-17', isClosed: false, takesPetitions: true, reportedOn: null, reportedBy: null, reportedByName: null, petitionCount: 7, caseCount: 12, repliedCount: 0 },
];
const categories: CategoryInfo[] = [
  { code: 'TrafficCongestion', name: 'Ùn tắc giao thông', nameEn: 'Traffic congestion', defaultDepartmentId: 5 },
  { code: 'UrbanOrder', name: 'Trật tự đô thị', nameEn: 'Urban order', defaultDepartmentId: 2 },
  { code: 'Flooding', name: 'Úng ngập', nameEn: 'Flooding', defaultDepartmentId: 2 },
  { code: 'Environment', name: 'Vệ sinh môi trường, ô nhiễm không khí', nameEn: 'Environment', defaultDepartmentId: 2 },
  { code: 'Security', name: 'An ninh trật tự', nameEn: 'Security', defaultDepartmentId: 5 },
  { code: 'Infrastructure', name: 'Hạ tầng (chiếu sáng, số nhà, đường)', nameEn: 'Infrastructure', defaultDepartmentId: 2 },
  { code: 'Other', name: 'Khác', nameEn: 'Other', defaultDepartmentId: 1 },
];
const departments: Department[] = [
  { id: 1, code: 'VP', shortName: 'VP HĐND-UBND', name: 'Văn phòng HĐND và UBND' },
  { id: 2, code: 'KT-HT-DT', shortName: 'KT-HT-ĐT', name: 'Phòng Kinh tế, Hạ tầng và Đô thị' },
  { id: 5, code: 'CA', shortName: 'Công an phường', name: 'Công an phường Yên Hòa' },
];
const created: Reply = { status: 201, body: { sessionId: 1, documentId: 1, petitionIds: [8, 9, 10, 11, 12, 13, 14], caseIds: [13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24], created: true } };

function page(answer: NoticePreview = preview(), confirm: Reply = created) {
  const api = mockApi({
    'GET /api/sessions': { body: sessions },
    'GET /api/categories': { body: categories },
    'GET /api/departments': { body: departments },
    'POST /api/notices/preview': { body: answer },
    'POST /api/notices/confirm': confirm,
  });
  renderPage(<NoticeImportPage />, { me: dispatcher });
  return api;
}

/** Pastes an appendix and asks for the preview. */
async function paste(u: ReturnType<typeof userEvent.setup>) {
  await u.click(await screen.findByRole('radio', { name: 'Dán nội dung phụ lục' }));
  const text = screen.getByRole('textbox', { name: /^Nội dung phụ lục/ });
  await u.click(text);
  await u.paste('PHỤ LỤC\nST T\tTổ chức/Cá nhân kiến nghị\tNội dung kiến nghị\tCơ quan chủ trì\tGhi chú\n1.\tĐ/c Nguyễn Bảo Bình …');
  await u.click(screen.getByRole('button', { name: 'Xem trước' }));
  return screen.findByRole('form', { name: 'Xem trước và sửa' });
}

const petition = (number: number) => within(screen.getByRole('group', { name: `Kiến nghị số ${number}` }));
const confirmBody = async (api: ReturnType<typeof page>) =>
  (await api.calls.find((r) => new URL(r.url).pathname === '/api/notices/confirm')!.json()) as ConfirmNoticeCommand;

describe('import from notice', () => {
  it('shows the pasted appendix as a preview of its 7 petitions, submitters split, accounts matched or not', async () => {
    const api = page();
    const u = userEvent.setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'Nhập từ thông báo' })).toBeInTheDocument();
    const form = within(await paste(u));

    const sent = api.calls.find((r) => r.method === 'POST')!;
    expect(sent.headers.get('Content-Type')).toBe('application/json');
    expect(((await sent.json()) as { text: string }).text).toMatch(/^PHỤ LỤC\nST T\t/);

    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Xem trước và sửa' })).toHaveFocus());
    expect(form.getByText('7 kiến nghị, 12 nội dung; 2 tổ chức khớp tài khoản, 5 chưa khớp.')).toBeInTheDocument();
    expect(form.getAllByRole('group', { name: /^Kiến nghị số \d+$/ })).toHaveLength(7);
    expect(form.getByRole('radio', { name: /^Dùng hội nghị đã có: 2026-Q1/ })).toBeChecked();

    const first = petition(1);
    expect(first.getByRole('textbox', { name: /^Họ và tên/ })).toHaveValue('Nguyễn Bảo Bình');
    expect(first.getByRole('textbox', { name: /^Chức danh/ })).toHaveValue('Tổ trưởng TDP số 19');
    expect(first.getByRole('textbox', { name: /^Tổ dân phố, chi bộ/ })).toHaveValue('TDP số 19');
    expect(first.getByRole('textbox', { name: /^Khu vực/ })).toHaveValue('Trung Hòa');
    expect(first.getByText('Khớp tài khoản')).toBeInTheDocument();
    const item = within(first.getByRole('group', { name: 'Kiến nghị 1, nội dung 1' }));
    expect(item.getByRole('textbox', { name: /^Nội dung/ })).toHaveValue(
      'Đề nghị nạo vét công khu vực Trường THCS Trần Duy Hưng, Mầm Non Hoa Sen để phòng chống ứng ngập trước mùa mưa',
    );
    expect(item.getByRole('combobox', { name: /^Lĩnh vực/ })).toHaveDisplayValue('Úng ngập');
    expect(item.getByRole('combobox', { name: /^Lĩnh vực/ })).toHaveAccessibleDescription('Gợi ý theo từ khóa “úng ngập”');
    expect(item.getByRole('combobox', { name: /^Đơn vị đề xuất/ })).toHaveDisplayValue('Phòng Kinh tế, Hạ tầng và Đô thị');
    expect(petition(2).getByText('Chưa khớp')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Tổ chức chưa khớp tài khoản' })).getAllByRole('listitem')).toHaveLength(5);
  });

  it('shows each line it could not read, with its line number and why', async () => {
    page(preview({ unparsed: [{ line: 121, text: 'Dòng thừa sau bảng', reason: 'afterNote' }] }));
    await paste(userEvent.setup());
    const region = within(screen.getByRole('region', { name: 'Dòng chưa đọc được (1)' }));
    expect(region.getByRole('listitem')).toHaveTextContent('Dòng 121 Dòng thừa sau bảng (nằm sau cột ghi chú)');
  });

  it('asks before importing, and sends the category the dispatcher chose', async () => {
    const api = page();
    const u = userEvent.setup();
    await paste(u);
    const item = within(petition(1).getByRole('group', { name: 'Kiến nghị 1, nội dung 2' }));
    await u.selectOptions(item.getByRole('combobox', { name: /^Lĩnh vực/ }), 'Trật tự đô thị');
    await u.selectOptions(item.getByRole('combobox', { name: /^Lĩnh vực/ }), 'An ninh trật tự');
    await u.selectOptions(item.getByRole('combobox', { name: /^Đơn vị đề xuất/ }), 'Công an phường Yên Hòa');

    await u.click(screen.getByRole('button', { name: 'Nhập 7 kiến nghị' }));
    const ask = screen.getByRole('alert');
    expect(ask).toHaveTextContent('Tạo 7 kiến nghị, 12 nội dung trong hội nghị 2026-Q1?');
    expect(ask).toHaveFocus();
    expect(api.calls.some((r) => new URL(r.url).pathname === '/api/notices/confirm')).toBe(false);

    // Cancelling sends nothing and gives the focus back to the button.
    await u.click(within(ask).getByRole('button', { name: 'Hủy' }));
    expect(screen.getByRole('button', { name: 'Nhập 7 kiến nghị' })).toHaveFocus();
    expect(api.calls.some((r) => new URL(r.url).pathname === '/api/notices/confirm')).toBe(false);

    await u.click(screen.getByRole('button', { name: 'Nhập 7 kiến nghị' }));
    await u.click(screen.getByRole('button', { name: 'Xác nhận nhập' }));
    expect(await screen.findByText('Đã nhập 7 kiến nghị, 12 nội dung vào hội nghị 2026-Q1.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Mở Tiếp nhận, phân loại' })).toHaveAttribute('href', '/triage');

    const body = await confirmBody(api);
    expect(body.documentId).toBe(1);
    expect(body.sessionId).toBe(1);
    expect(body.session).toBeNull();
    expect(body.petitions).toHaveLength(7);
    expect(body.petitions[0].items[1]).toEqual({
      text: 'Tình trạng hàng quán lấn chiếm vỉa hè quanh khu vực trường Mầm non Hoa Sen', category: 'Security', departmentId: 5, location: null,
    });
    expect(body.petitions[0].items[0].category).toBe('Flooding');
    expect(body.petitions[0].submitter).toEqual({ name: 'Nguyễn Bảo Bình', title: 'Tổ trưởng TDP số 19', organisation: 'TDP số 19', area: 'Trung Hòa' });
  });

  it('creates a new session with the code the dispatcher gives', async () => {
    const api = page();
    const u = userEvent.setup();
    await paste(u);
    await u.click(screen.getByRole('radio', { name: 'Tạo hội nghị mới' }));
    const code = screen.getByRole('textbox', { name: /^Mã hội nghị/ });
    expect(code).toHaveValue('2026-Q1');
    await u.clear(code);
    await u.type(code, '2026-Q1-TB');
    await u.click(screen.getByRole('button', { name: 'Nhập 7 kiến nghị' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Tạo hội nghị 2026-Q1-TB cùng 7 kiến nghị, 12 nội dung?');
    await u.click(screen.getByRole('button', { name: 'Xác nhận nhập' }));
    expect(await screen.findByText('Đã nhập 7 kiến nghị, 12 nội dung vào hội nghị 2026-Q1-TB.')).toBeInTheDocument();
    const body = await confirmBody(api);
    expect(body.sessionId).toBeNull();
    expect(body.session).toEqual({
      code: '2026-Q1-TB', title: 'Hội nghị giao ban đánh giá công tác quý I/2026; triển khai nhiệm vụ trọng tâm công tác quý II/2026',
      heldOn: '2026-04-10', replyDeadline: '2026-04-20',
    });
  });

  it("shows the API's field error at its field, in Vietnamese", async () => {
    page(preview(), invalid({ 'petitions[1].submitter.name': [['petition.submitter.name.required', {}, 'Say who submits the petition.']] }));
    const u = userEvent.setup();
    await paste(u);
    await u.clear(petition(2).getByRole('textbox', { name: /^Họ và tên/ }));
    await u.click(screen.getByRole('button', { name: 'Nhập 7 kiến nghị' }));
    await u.click(screen.getByRole('button', { name: 'Xác nhận nhập' }));

    const name = petition(2).getByRole('textbox', { name: /^Họ và tên/ });
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription('Nhập họ và tên người kiến nghị.');
    expect(screen.queryByText('Say who submits the petition.')).not.toBeInTheDocument();
    expect(screen.getByText('Chưa gửi được: sửa các mục được đánh dấu bên dưới.')).toBeInTheDocument();
    await waitFor(() => expect(name).toHaveFocus());
  });

  it('sends a chosen .docx as multipart/form-data, and shows a notice without its appendix at the file field', async () => {
    const api = page();
    api.fetch.mockImplementationOnce((input: RequestInfo | URL) => {
      const request = input as Request;
      api.calls.push(request.clone());
      const reply = invalid({ file: [['notice.appendix.notFound', {}, 'No appendix table.']] });
      return Promise.resolve(new Response(JSON.stringify(reply.body), { status: 400, headers: { 'Content-Type': 'application/problem+json' } }));
    });
    const u = userEvent.setup();
    const input = await screen.findByLabelText(/^Tệp thông báo \(\.docx\)/);
    await u.upload(input, new File(['PK…'], 'thong-bao.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
    await u.click(screen.getByRole('button', { name: 'Xem trước' }));

    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    expect(input).toHaveAccessibleDescription(expect.stringContaining('Không tìm thấy phụ lục của thông báo'));
    const sent = api.calls.find((r) => r.method === 'POST')!;
    expect(sent.headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
    // (jsdom's File cannot be read back out of a Request here; the e2e and the API's tests read real uploads.)
  });
});
