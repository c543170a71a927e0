import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { leader, mockApi, refusal, renderPage } from '@/test/render';
import { SignInPage } from './SignInPage';

describe('signing in', () => {
  it('keeps the antiforgery token it is given and sends it with the next change', async () => {
    const api = mockApi({
      'POST /api/auth/login': { body: { user: leader, antiforgery: { headerName: 'X-CSRF-TOKEN', token: 'tok-123' } } },
      'POST /api/auth/logout': { status: 204 },
    });
    renderPage(<SignInPage />, { path: '/sign-in', route: '/sign-in', me: null });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/Tên đăng nhập/), 'leader19');
    await user.type(screen.getByLabelText(/Mật khẩu/), 'petitions-demo');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    expect(await screen.findByText('elsewhere')).toBeInTheDocument();
    const { logout } = await import('../api/logout');
    await logout();
    expect(api.calls.at(-1)!.headers.get('X-CSRF-TOKEN')).toBe('tok-123');
  });

  it('says so when the password is wrong', async () => {
    mockApi({ 'POST /api/auth/login': refusal(401, 'signInRefused') });
    renderPage(<SignInPage />, { path: '/sign-in', route: '/sign-in', me: null });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/Tên đăng nhập/), 'leader19');
    await user.type(screen.getByLabelText(/Mật khẩu/), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Sai tên đăng nhập hoặc mật khẩu');
  });

  it('says how long a locked account waits, from the seconds the API gives', async () => {
    mockApi({ 'POST /api/auth/login': refusal(429, 'accountLocked', { retryAfterSeconds: 540 }) });
    renderPage(<SignInPage />, { path: '/sign-in', route: '/sign-in', me: null });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/Tên đăng nhập/), 'leader19');
    await user.type(screen.getByLabelText(/Mật khẩu/), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Đăng nhập sai quá nhiều lần. Thử lại sau 9 phút.');
  });

  it('says the session has ended when a request was refused for it', async () => {
    const { markSessionExpired } = await import('@/lib/auth');
    markSessionExpired();
    mockApi({});
    renderPage(<SignInPage />, { path: '/sign-in', route: '/sign-in', me: null });
    expect(screen.getByRole('status')).toHaveTextContent('Phiên làm việc đã hết. Vui lòng đăng nhập lại.');
  });

  async function signInAt(route: string) {
    mockApi({ 'POST /api/auth/login': { body: { user: leader, antiforgery: { headerName: 'X-CSRF-TOKEN', token: 't' } } } });
    const { router } = renderPage(<SignInPage />, { path: '/sign-in', route, me: null });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/Tên đăng nhập/), 'leader19');
    await user.type(screen.getByLabelText(/Mật khẩu/), 'petitions-demo');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    await screen.findByText('elsewhere');
    return router.state.location;
  }

  it('ends on the page the link was for', async () => {
    const where = await signInAt(`/sign-in?next=${encodeURIComponent('/cases/16?tab=history')}`);
    expect(where.pathname + where.search).toBe('/cases/16?tab=history');
  });

  it.each([
    ['another site', '//evil.example/cases/16'],
    ['another site behind a backslash', '/\\evil.example/cases/16'],
    ['an absolute address', 'https://evil.example/cases/16'],
    ['a script', 'javascript:alert(1)'],
    ['the sign-in page itself', '/sign-in?next=/cases/16'],
  ])('goes to the role\'s home instead of %s', async (_, next) => {
    const where = await signInAt(`/sign-in?next=${encodeURIComponent(next)}`);
    expect(where.pathname).toBe('/petitions');
  });

  it('sends someone already signed in straight on to the link', async () => {
    mockApi({});
    const { router } = renderPage(<SignInPage />, { path: '/sign-in', route: '/sign-in?next=%2Fcases%2F16', me: leader });
    await screen.findByText('elsewhere');
    expect(router.state.location.pathname).toBe('/cases/16');
  });
});
