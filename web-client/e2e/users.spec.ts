import { expect, test, type Browser } from '@playwright/test';
import { check, signIn } from './support';

// The Admin's screen against the real API: an account made in the browser can sign in, and once disabled cannot.
test.describe.serial('the admin manages a group leader\'s account', () => {
  const username = 'leader31';
  const secret = 'mật-khẩu-tổ-31';

  async function refused(browser: Browser) {
    const page = await (await browser.newContext()).newPage();
    await page.goto('/sign-in');
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill(secret);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.getByRole('alert')).toHaveText('Sai tên đăng nhập hoặc mật khẩu, hoặc tài khoản đã bị khóa.');
    await expect(page).toHaveURL(/sign-in/);
    await page.context().close();
  }

  test('the admin creates a group leader, who can then sign in', async ({ browser }) => {
    const admin = await signIn(browser, 'admin');
    await expect(admin.getByRole('heading', { level: 1, name: 'Tài khoản người dùng' })).toBeVisible();
    await expect(admin.getByRole('navigation').getByRole('link', { name: 'Người dùng' })).toHaveAttribute('aria-current', 'page');
    await expect(admin.getByRole('listitem', { name: 'leader19' })).toContainText('TDP số 19');
    await check(admin, 'users-01-list');

    await admin.getByRole('button', { name: 'Thêm tài khoản' }).click();
    const form = admin.getByRole('form', { name: 'Tài khoản mới' });
    await form.getByLabel(/^Tên đăng nhập/).fill(username);
    await form.getByLabel(/^Tên hiển thị/).fill('Phạm Thị Hoa');
    await form.getByLabel(/^Vai trò/).selectOption('GroupLeader');
    await form.getByLabel(/^Tổ dân phố/).fill('TDP số 31');
    await form.getByLabel(/^Mật khẩu/).fill(secret);
    await check(admin, 'users-02-create-form');
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await expect(admin.getByText(`Đã tạo tài khoản ${username}.`)).toBeVisible();
    const card = admin.getByRole('listitem', { name: username });
    await expect(card).toContainText('TDP số 31');
    await expect(card).toContainText('Đang hoạt động');
    await check(admin, 'users-03-created');

    // The API checks its rules: the same username again is refused at its field.
    await admin.getByRole('button', { name: 'Thêm tài khoản' }).click();
    await form.getByLabel(/^Tên đăng nhập/).fill(username);
    await form.getByLabel(/^Tên hiển thị/).fill('Trùng tên');
    await form.getByLabel(/^Vai trò/).selectOption('Overseer');
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await expect(form.getByText(`Đã có người dùng tên ${username}.`)).toBeVisible();
    await form.getByRole('button', { name: 'Hủy' }).click();
    await admin.context().close();

    const leader = await signIn(browser, username, 1280, secret);
    await expect(leader.getByRole('heading', { level: 1, name: 'Kiến nghị của TDP số 31' })).toBeVisible();
    await leader.context().close();
  });

  test('the admin disables the account after confirming, and the leader can no longer sign in', async ({ browser }) => {
    const leader = await signIn(browser, username, 1280, secret);
    await expect(leader.getByRole('heading', { level: 1, name: 'Kiến nghị của TDP số 31' })).toBeVisible();

    const admin = await signIn(browser, 'admin');
    const card = admin.getByRole('listitem', { name: username });
    await card.getByRole('button', { name: `Khóa tài khoản ${username}` }).click();
    await expect(card.getByRole('alert')).toContainText(`Khóa tài khoản ${username}?`);
    await check(admin, 'users-04-confirm-disable');
    await card.getByRole('button', { name: 'Khóa tài khoản', exact: true }).click();
    await expect(card).toContainText('Đã khóa');
    await expect(card.getByRole('button', { name: `Mở lại tài khoản ${username}` })).toBeVisible();
    await check(admin, 'users-05-disabled');

    // Their open session ends at once, and a new sign-in is refused.
    await leader.reload();
    await expect(leader).toHaveURL(/sign-in/);
    await leader.context().close();
    await refused(browser);
    await admin.context().close();
  });

  test('other roles have no user screen', async ({ browser }) => {
    const page = await signIn(browser, 'dispatcher');
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Người dùng' })).toHaveCount(0);
    await page.goto('/users');
    await expect(page.getByRole('heading', { level: 1, name: 'Tài khoản của bạn không có quyền làm việc này.' })).toBeVisible();
    await page.context().close();
  });
});
