import { expect, test } from '@playwright/test';
import { check, signIn } from './support';

// The Admin's working calendar against the real API: a year by rule warns until its swapped days are entered.
test('the admin enters the swapped days of a year whose holidays follow the rule', async ({ browser }) => {
  const admin = await signIn(browser, 'admin');
  await admin.getByRole('navigation').getByRole('link', { name: 'Lịch làm việc' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Lịch làm việc' })).toBeVisible();

  const year = admin.getByLabel('Năm', { exact: true });
  const later = await year.locator('option').last().textContent();
  await year.selectOption(later ?? '');
  await expect(admin.getByText(`Năm ${later} chưa nhập ngày hoán đổi`, { exact: false })).toBeVisible();
  await expect(admin.getByText('Giỗ Tổ Hùng Vương (10/3 âm lịch)').first()).toBeVisible();
  await check(admin, 'calendar-01-warned');

  // A weekday given off in exchange for a Saturday worked: the first Monday of June, the Saturday after it.
  const monday = new Date(Date.UTC(Number(later), 5, 1));
  while (monday.getUTCDay() !== 1) monday.setUTCDate(monday.getUTCDate() + 1);
  const saturday = new Date(monday.getTime() + 5 * 86_400_000);
  for (const [n, day, kind, name] of [
    [1, monday, 'off', 'Nghỉ bù (hoán đổi)'],
    [2, saturday, 'working', 'Làm bù'],
  ] as const) {
    await admin.getByRole('button', { name: '+ Thêm ngày hoán đổi' }).click();
    const swap = admin.getByRole('group', { name: `Ngày hoán đổi ${n}` });
    await swap.getByLabel(/^Ngày/).fill(day.toISOString().slice(0, 10));
    await swap.getByLabel('Loại ngày').selectOption(kind);
    await swap.getByLabel(/^Tên ngày/).fill(name);
  }
  await check(admin, 'calendar-02-form');
  await admin.getByRole('button', { name: 'Lưu ngày hoán đổi' }).click();
  await expect(admin.getByText(`Đã lưu 2 ngày hoán đổi của năm ${later}.`)).toBeVisible();
  await expect(admin.getByText(`Năm ${later} chưa nhập ngày hoán đổi`, { exact: false })).toHaveCount(0);
  await expect(admin.getByText('Ngày hoán đổi do quản trị nhập')).toHaveCount(2);
  await check(admin, 'calendar-03-saved');
  await admin.context().close();

  const phone = await signIn(browser, 'admin', 360);
  await phone.goto('/calendar');
  await expect(phone.getByRole('heading', { level: 1, name: 'Lịch làm việc' })).toBeVisible();
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await check(phone, 'calendar-04-360');
  await phone.context().close();
});
