import { expect, test } from '@playwright/test';
import { check, signIn } from './support';

// Every screen at 360 px, as a group leader's phone shows it: no horizontal scrolling, no serious or critical
// accessibility violation (axe), a screenshot of each. Read-only, on the seeded appendix.
const phone = 360;

async function noSideScroll(page: import('@playwright/test').Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
}

test('sign-in at 360 px, in Vietnamese and in English', async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: { width: phone, height: 780 } })).newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeVisible();
  await check(page, '360-sign-in');
  await noSideScroll(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await check(page, '360-sign-in-en');
});

const screens: Array<[user: string, path: string, heading: RegExp]> = [
  ['leader19', '/petitions', /^Kiến nghị của TDP số 19$/],
  ['leader19', '/petitions/new', /^Gửi kiến nghị$/],
  ['leader19', '/petitions/1', /^Kiến nghị số 1$/],
  ['leader19', '/cases/1', /^Nội dung kiến nghị số 1$/],
  ['dispatcher', '/triage', /^Tiếp nhận, phân loại$/],
  ['dispatcher', '/cases/3', /^Nội dung kiến nghị số 3$/],
  ['dispatcher', '/cases', /^Tất cả nội dung kiến nghị$/],
  ['dispatcher', '/cases?overdue=true', /^Nội dung quá hạn$/],
  ['ktht', '/inbox', /^Việc của /],
  ['partyoffice', '/dashboard', /^Tổng hợp kiến nghị$/],
  ['partyoffice', '/reports', /^Báo cáo kết quả giải quyết kiến nghị$/],
  ['overseer', '/escalations', /^Nội dung cần báo cáo$/],
  ['overseer', '/activity', /^Nhật ký hoạt động$/],
  ['admin', '/users', /^Tài khoản người dùng$/],
  ['admin', '/sessions', /^Hội nghị và phân loại$/],
  ['admin', '/signers', /^Người ký văn bản$/],
  ['admin', '/wards', /^Phường và phòng, ban$/],
  ['admin', '/calendar', /^Lịch làm việc/],
  ['leader19', '/notifications', /^Thông báo$/],
  ['dispatcher', '/notifications', /^Thông báo$/],
];

for (const [user, path, heading] of screens) {
  test(`${user} ${path} at 360 px`, async ({ browser }) => {
    const page = await signIn(browser, user, phone);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await check(page, `360-${user}${path.replace(/[/?=]+/g, '-')}`);
    await noSideScroll(page);
    await page.context().close();
  });
}

test('keyboard: the skip link leads to the main content', async ({ browser }) => {
  const page = await signIn(browser, 'leader19', phone);
  await page.goto('/petitions');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});
