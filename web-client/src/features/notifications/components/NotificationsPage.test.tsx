import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { invalid, mockApi, officer, renderPage } from '@/test/render';
import NotificationsPage from './NotificationsPage';

const routed = {
  id: 7, kind: 'CaseRouted', caseId: 12, replyId: null, subject: '[Kiến nghị] Nội dung số 12 được giao cho đơn vị xử lý',
  body: 'Một nội dung kiến nghị được giao cho Phòng KT-HT-ĐT xử lý.\nNội dung: Nạo vét cống', link: '/cases/12',
  createdAt: '2026-04-13T02:00:00+00:00', readAt: null,
};
const settings = { email: 'ktht@yenhoa.example', emailPreference: 'Immediate' };

describe('the notifications page', () => {
  it('lists what the user was told; opening one marks it read and goes to its case', async () => {
    const { calls } = mockApi({
      'GET /api/notifications': { body: { unread: 1, items: [routed] } },
      'POST /api/notifications/7/read': { body: { unread: 0 } },
      'GET /api/notifications/settings': { body: settings },
    });
    const { router } = renderPage(<NotificationsPage />, { me: officer });

    expect(await screen.findByText('1 thông báo chưa đọc')).toBeInTheDocument();
    expect(screen.getByText(routed.subject)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Nội dung được giao cho đơn vị' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/cases/12'));
    expect(calls.some((c) => c.method === 'POST' && new URL(c.url).pathname === '/api/notifications/7/read')).toBe(true);
  });

  it('has an empty state', async () => {
    mockApi({ 'GET /api/notifications': { body: { unread: 0, items: [] } }, 'GET /api/notifications/settings': { body: settings } });
    renderPage(<NotificationsPage />, { me: officer });
    expect(await screen.findByText('Chưa có thông báo nào.')).toBeInTheDocument();
  });

  it('saves the address and the preference, and shows a refused address at its field in the screen language', async () => {
    let sent: unknown = null;
    mockApi({
      'GET /api/notifications': { body: { unread: 0, items: [] } },
      'GET /api/notifications/settings': { body: settings },
      'PUT /api/notifications/settings': async (request) => {
        sent = await request.json();
        return (sent as { email: string }).email.includes('@')
          ? { body: sent }
          : invalid({ email: [['notifications.email.format', {}, 'Email is not an email address.']] });
      },
    });
    renderPage(<NotificationsPage />, { me: officer, lang: 'en' });

    const email = await screen.findByLabelText('Email address');
    await userEvent.clear(email);
    await userEvent.type(email, 'not an address');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('This is not an email address (for example name@yenhoa.hanoi.gov.vn).')).toBeInTheDocument();

    await userEvent.clear(email);
    await userEvent.type(email, 'ktht.moi@yenhoa.example');
    await userEvent.selectOptions(screen.getByLabelText('How to email me'), 'Digest');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(sent).toEqual({ email: 'ktht.moi@yenhoa.example', emailPreference: 'Digest' });
  });
});
