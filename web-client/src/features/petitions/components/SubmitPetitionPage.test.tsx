import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { categories, mockApi, renderPage, sessions } from '@/test/render';
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

  it("shows the API's 400 errors next to the fields they name", async () => {
    mockApi({
      ...reference,
      'POST /api/petitions': {
        status: 400,
        body: { title: 'The request is not valid', status: 400, errors: { 'items[1].location': ['Location must be at most 300 characters.'] } },
      },
    });
    renderPage(<SubmitPetitionPage />);
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: /Nội dung \(bắt buộc\)/ }), 'Một');
    await user.click(screen.getByRole('button', { name: /Thêm nội dung/ }));
    const second = screen.getByRole('group', { name: 'Nội dung 2' });
    await user.type(within(second).getByRole('textbox', { name: /Nội dung/ }), 'Hai');
    await user.type(within(second).getByRole('textbox', { name: 'Địa điểm' }), 'Ngõ 5');
    await user.click(screen.getByRole('button', { name: 'Gửi kiến nghị' }));

    const location = within(second).getByRole('textbox', { name: 'Địa điểm' });
    await waitFor(() => expect(location).toHaveAttribute('aria-invalid', 'true'));
    expect(location).toHaveAccessibleDescription('Địa điểm tối đa 300 ký tự.');
    expect(screen.getByRole('alert')).toHaveTextContent('Chưa gửi được');
  });

  it('checks the same rules as the API before sending, with the same messages (in English when switched)', async () => {
    const api = mockApi(reference);
    renderPage(<SubmitPetitionPage />, { lang: 'en' });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Submit the petition' }));

    const text = screen.getByRole('textbox', { name: /Text/ });
    expect(text).toHaveAttribute('aria-invalid', 'true');
    expect(text).toHaveAccessibleDescription('Say what the item asks for.');
    expect(api.calls.some((r) => r.method === 'POST')).toBe(false);
  });
});
