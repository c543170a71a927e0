import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Lang } from '@/i18n/I18n';
import { categories, invalid, mockApi, refusal, renderPage, sessions } from '@/test/render';
import { SubmitPetitionPage } from './SubmitPetitionPage';

const reference = {
  'GET /api/sessions': { body: sessions },
  'GET /api/categories': { body: categories },
};

describe('submitting a petition', () => {
  it('sends several items with the submitter, the session and an idempotency key', async () => {
    const api = mockApi({ ...reference, 'POST /api/petitions': { status: 201, body: { id: 8, caseIds: [13, 14] } } });
    renderPage(<SubmitPetitionPage />);
    const user = userEvent.setup();

    await user.type(await screen.findByRole('textbox', { name: /Nội dung \(bắt buộc\)/ }), 'Nạo vét cống ngõ 5');
    await user.click(screen.getByRole('button', { name: /Thêm nội dung/ }));
    const second = screen.getByRole('group', { name: 'Nội dung 2' });
    await user.type(within(second).getByRole('textbox', { name: /Nội dung/ }), 'Tăng cường tuần tra ban đêm');
    await user.selectOptions(within(second).getByRole('combobox', { name: 'Lĩnh vực' }), 'Security');
    await user.click(screen.getByRole('button', { name: 'Gửi kiến nghị' }));

    expect(await screen.findByText('Đã gửi kiến nghị số #8 gồm 2 nội dung.')).toBeInTheDocument();
    const sent = api.calls.find((r) => r.method === 'POST')!;
    expect(sent.headers.get('Idempotency-Key')).toBeTruthy();
    expect(await sent.json()).toEqual({
      sessionId: 1,
      submitter: { name: 'Nguyễn Bảo Bình', title: 'Tổ trưởng TDP số 19', organisation: 'TDP số 19', area: null },
      items: [
        { text: 'Nạo vét cống ngõ 5', category: 'Other', location: null },
        { text: 'Tăng cường tuần tra ban đêm', category: 'Security', location: null },
      ],
    });
  });

  it("uploads each item's photos to its case once the petition is in, and names each refused photo with the reason of its code", async () => {
    const api = mockApi({
      ...reference,
      'POST /api/petitions': { status: 201, body: { id: 8, caseIds: [13, 14] } },
      'POST /api/cases/13/attachments': refusal(415, 'attachment.type.unsupported', { allowed: 'JPEG, PNG, WebP, HEIC, PDF' }),
      'POST /api/cases/14/attachments': { status: 201, body: { id: 3 } },
    });
    renderPage(<SubmitPetitionPage />);
    const user = userEvent.setup({ applyAccept: false });

    await user.type(await screen.findByRole('textbox', { name: /Nội dung \(bắt buộc\)/ }), 'Nạo vét cống ngõ 5');
    const first = screen.getByRole('group', { name: 'Nội dung 1' });
    const camera = within(first).getByLabelText('Thêm ảnh (chụp bằng điện thoại)');
    expect(camera).toHaveAttribute('accept', 'image/*');
    expect(camera).toHaveAttribute('capture');
    await user.upload(camera, new File(['not a photo'], 'bien-ban.txt', { type: 'text/plain' }));
    await user.click(screen.getByRole('button', { name: /Thêm nội dung/ }));
    const second = screen.getByRole('group', { name: 'Nội dung 2' });
    await user.type(within(second).getByRole('textbox', { name: /Nội dung/ }), 'Tăng cường tuần tra ban đêm');
    await user.upload(within(second).getByLabelText('Thêm ảnh (chụp bằng điện thoại)'), new File([new Uint8Array([0xff, 0xd8, 0xff])], 'ngo-5.jpg', { type: 'image/jpeg' }));
    await user.click(screen.getByRole('button', { name: 'Gửi kiến nghị' }));

    expect(await screen.findByText('Đã gửi kiến nghị số #8 gồm 2 nội dung.')).toBeInTheDocument();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Chưa gửi được 1 ảnh, tệp:');
    expect(alert).toHaveTextContent('bien-ban.txt (nội dung 1): Chỉ nhận ảnh (JPEG, PNG, WebP, HEIC) hoặc tệp PDF; tệp này không phải loại nào trong số đó.');
    expect(within(alert).getByRole('link', { name: 'Thêm lại ở nội dung 1' })).toHaveAttribute('href', '/cases/13');
    expect(alert).not.toHaveTextContent('ngo-5.jpg');
    const uploads = api.calls.filter((r) => r.url.includes('/attachments'));
    expect(uploads.map((r) => new URL(r.url).pathname)).toEqual(['/api/cases/13/attachments', '/api/cases/14/attachments']);
  }, 15_000);

  it('puts the focus in the text of an item it adds, and in the one before an item it removes', async () => {
    mockApi(reference);
    renderPage(<SubmitPetitionPage />);
    const user = userEvent.setup();

    await user.type(await screen.findByRole('textbox', { name: /Nội dung \(bắt buộc\)/ }), 'Một');
    await user.click(screen.getByRole('button', { name: /Thêm nội dung/ }));
    expect(within(screen.getByRole('group', { name: 'Nội dung 2' })).getByRole('textbox', { name: /Nội dung/ })).toHaveFocus();
    await user.keyboard('Hai');
    await user.click(screen.getByRole('button', { name: /Thêm nội dung/ }));
    expect(within(screen.getByRole('group', { name: 'Nội dung 3' })).getByRole('textbox', { name: /Nội dung/ })).toHaveFocus();

    await user.click(within(screen.getByRole('group', { name: 'Nội dung 3' })).getByRole('button', { name: /Xóa/ }));
    const second = within(screen.getByRole('group', { name: 'Nội dung 2' })).getByRole('textbox', { name: /Nội dung/ });
    expect(second).toHaveFocus();
    expect(second).toHaveValue('Hai');
  });

  it('offers only the sessions taking petitions and chooses the first of them, past the seeded one whose deadline has come', async () => {
    const past = { ...sessions[0], takesPetitions: false };
    const current = { ...sessions[0], id: 2, code: '2026-Q4', title: 'Hội nghị giao ban quý IV/2026', replyDeadline: '2027-01-20', lastWorkingDay: '2027-01-19' };
    const api = mockApi({ ...reference, 'GET /api/sessions': { body: [past, current] }, 'POST /api/petitions': { status: 201, body: { id: 9, caseIds: [15] } } });
    renderPage(<SubmitPetitionPage />);
    const user = userEvent.setup();

    const session = await screen.findByRole('combobox', { name: /Hội nghị, đợt tiếp nhận/ });
    expect(within(session).getAllByRole('option').map((o) => o.textContent)).toEqual(['Hội nghị giao ban quý IV/2026']);
    await user.type(screen.getByRole('textbox', { name: /Nội dung \(bắt buộc\)/ }), 'Lắp đèn ngõ 5');
    await user.click(screen.getByRole('button', { name: 'Gửi kiến nghị' }));

    expect(await screen.findByText('Đã gửi kiến nghị số #9 gồm 1 nội dung.')).toBeInTheDocument();
    expect(((await api.calls.find((r) => r.method === 'POST')!.json()) as { sessionId: number }).sessionId).toBe(2);
  });

  it('words the refusal of a session whose deadline has come from its code', async () => {
    mockApi({ ...reference, 'POST /api/petitions': refusal(409, 'sessionDeadlinePassed', { session: 'Q1-2026', replyDeadline: '2026-04-20' }) });
    renderPage(<SubmitPetitionPage />);
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: /Nội dung \(bắt buộc\)/ }), 'Lắp đèn ngõ 5');
    await user.click(screen.getByRole('button', { name: 'Gửi kiến nghị' }));
    expect(await screen.findByText(/Hội nghị Q1-2026 đã hết hạn nhận kiến nghị \(hạn trả lời: trước 20\/04\/2026\)/)).toBeInTheDocument();
  });

  /** Two items sent; the API refuses the second's location with the given English message and its code. */
  async function refusedLocation(lang: Lang, english: string) {
    mockApi({
      ...reference,
      'POST /api/petitions': invalid({ 'items[1].location': [['petition.item.location.tooLong', { max: 300, actual: 305 }, english]] }),
    });
    renderPage(<SubmitPetitionPage />, { lang });
    const [text, location, send] = lang === 'vi' ? ['Nội dung', 'Địa điểm', 'Gửi kiến nghị'] : ['Text', 'Location', 'Submit the petition'];
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: new RegExp(`^${text}`) }), 'Một');
    await user.click(screen.getByRole('button', { name: lang === 'vi' ? /Thêm nội dung/ : /Add an item/ }));
    const second = screen.getByRole('group', { name: lang === 'vi' ? 'Nội dung 2' : 'Item 2' });
    await user.type(within(second).getByRole('textbox', { name: new RegExp(`^${text}`) }), 'Hai');
    await user.type(within(second).getByRole('textbox', { name: location }), 'Ngõ 5');
    await user.click(screen.getByRole('button', { name: send }));
    const field = within(second).getByRole('textbox', { name: location });
    await waitFor(() => expect(field).toHaveAttribute('aria-invalid', 'true'));
    return field;
  }

  it("shows the API's 400 errors next to the fields they name", async () => {
    const location = await refusedLocation('vi', 'Location must be at most 300 characters.');
    expect(location).toHaveAccessibleDescription('Địa điểm tối đa 300 ký tự.');
    expect(screen.getByRole('alert')).toHaveTextContent('Chưa gửi được');
  });

  it('shows the same messages when the API rewords its English: they come from the field codes', async () => {
    const reworded = 'Completely different English';
    const vietnamese = await refusedLocation('vi', reworded);
    expect(vietnamese).toHaveAccessibleDescription('Địa điểm tối đa 300 ký tự.');
    expect(document.body).not.toHaveTextContent(reworded);
    cleanup();

    const english = await refusedLocation('en', reworded);
    expect(english).toHaveAccessibleDescription('The location has at most 300 characters.');
    expect(document.body).not.toHaveTextContent(reworded);
  });

  it('checks the same rules as the API before sending, with the same codes and messages (in English when switched)', async () => {
    const api = mockApi(reference);
    renderPage(<SubmitPetitionPage />, { lang: 'en' });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Submit the petition' }));

    const text = screen.getByRole('textbox', { name: /Text/ });
    expect(text).toHaveAttribute('aria-invalid', 'true');
    expect(text).toHaveAccessibleDescription('Enter what the item asks for.');
    expect(api.calls.some((r) => r.method === 'POST')).toBe(false);
  });
});
