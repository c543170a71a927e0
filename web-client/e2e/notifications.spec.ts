import { expect, test, type APIRequestContext } from '@playwright/test';
import { check, password, signIn } from './support';

/** A Bearer token of a demo account, for the steps that set the scene through the API. */
async function token(request: APIRequestContext, username: string) {
  const response = await request.post('/api/auth/token', { data: { username, password } });
  expect(response.ok()).toBe(true);
  return { Authorization: `Bearer ${((await response.json()) as { accessToken: string }).accessToken}` };
}

test('an officer sees the count rise when a case is routed to their department and opens it from the notification', async ({ browser, request }) => {
  const page = await signIn(browser, 'ktht');
  const bell = page.getByRole('banner').getByRole('link', { name: /^Thông báo, \d+ chưa đọc$/ });
  // What is unread already (an earlier spec may have routed a case here), as the API counts it; the bell shows it
  // once its first read has come back.
  const counts = await request.get('/api/notifications/counts', { headers: await token(request, 'ktht') });
  const before = ((await counts.json()) as { unread: number }).unread;
  await expect(bell).toHaveAccessibleName(`Thông báo, ${before} chưa đọc`);

  // The dispatcher routes a case waiting in triage to KT-HT-ĐT.
  const dispatcher = await token(request, 'dispatcher');
  const triage = await request.get('/api/cases?status=Received&limit=1', { headers: dispatcher });
  expect(triage.ok()).toBe(true);
  const waiting = ((await triage.json()) as { items: Array<{ id: number; text: string }> }).items[0];
  const caseId = waiting.id;
  const assigned = await request.post(`/api/cases/${caseId}/assign`, {
    headers: dispatcher,
    data: {
      departmentId: 2,
      assignee: 'Trần Văn Nam',
      task: 'Thay nắp cống',
      responsibleHead: 'Trưởng phòng KT-HT-ĐT',
      dueDate: null,
      expectedResult: 'Nắp cống mới, báo cáo bằng văn bản',
      authority: 'Chủ tịch UBND phường',
    },
  });
  expect(assigned.ok()).toBe(true);

  // The open screen reads the counts again by itself.
  await expect(bell).toHaveAccessibleName(`Thông báo, ${before + 1} chưa đọc`, { timeout: 20_000 });
  await bell.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thông báo' })).toBeVisible();
  const card = page.locator('.case-card', { hasText: `Nội dung số ${caseId} được giao cho đơn vị xử lý` });
  await expect(card).toContainText(waiting.text.split('\n')[0]);
  await check(page, 'notifications-officer');

  await card.getByRole('button', { name: 'Nội dung được giao cho đơn vị' }).click();
  await expect(page).toHaveURL(new RegExp(`/cases/${caseId}$`));
  await expect(page.getByText(waiting.text.split('\n')[0]).first()).toBeVisible();
  await expect(bell).toHaveAccessibleName(`Thông báo, ${before} chưa đọc`);
});

test('a user sets their address and chooses the morning digest', async ({ browser }) => {
  const page = await signIn(browser, 'congan', 360);
  await page.goto('/notifications');
  await page.getByLabel('Địa chỉ thư điện tử').fill('không phải địa chỉ');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.locator('.field__errors').getByText('Địa chỉ thư điện tử không hợp lệ (ví dụ: ten@yenhoa.hanoi.gov.vn).')).toBeVisible();
  await page.getByLabel('Địa chỉ thư điện tử').fill('congan@yenhoa.hanoi.gov.vn');
  await page.getByLabel('Cách nhận thư').selectOption('Digest');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Đã lưu.')).toBeVisible();
  await check(page, 'notifications-settings-360');
  await page.reload();
  await expect(page.getByLabel('Cách nhận thư')).toHaveValue('Digest');
});
