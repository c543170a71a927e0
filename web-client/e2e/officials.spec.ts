import { expect, test, type APIRequestContext } from '@playwright/test';
import { check, password, signIn } from './support';

// The web app as officials use it without a manual: a link survives sign-in, sending a case back lands on the
// inbox, people are named, the report opens on a session with cases and reads as cards on a phone.

async function bearer(request: APIRequestContext, username: string) {
  const token = await request.post('/api/auth/token', { data: { username, password } });
  return { Authorization: `Bearer ${((await token.json()) as { accessToken: string }).accessToken}` };
}

test('a link to a case survives sign-in, and the history names people', async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await page.goto('/cases/1');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fcases%2F1$/);
  await page.getByLabel('Tên đăng nhập').fill('leader19');
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();

  await expect(page).toHaveURL(/\/cases\/1$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Nội dung kiến nghị số 1' })).toBeVisible();
  const history = page.getByRole('region', { name: 'Lịch sử xử lý' });
  await expect(history).toContainText('Hệ thống (dữ liệu ban đầu)');
  await expect(history).not.toContainText('seed');
  // The one wording of a deadline (the date itself moves when an earlier spec routes this case on today's clock).
  await expect(page.getByText(/Hạn trả lời: trước \d{2}\/\d{2}\/\d{4} \(chậm nhất \d{2}\/\d{2}\/\d{4}\)/).first()).toBeVisible();
  await check(page, 'officials-01-link-after-sign-in');
  await page.context().close();
});

test('a sign-in link to another site ends on the home page instead', async ({ browser, baseURL }) => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`/sign-in?next=${encodeURIComponent('//example.org/cases/1')}`);
  await page.getByLabel('Tên đăng nhập').fill('leader19');
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(`${baseURL}/petitions`);
  await page.context().close();
});

test('an officer who sends a case back lands on their inbox, told what happened', async ({ browser, request }) => {
  const dispatcher = await bearer(request, 'dispatcher');
  const received = (await (await request.get('/api/cases?status=Received&sessionId=1', { headers: dispatcher })).json()) as {
    items: { id: number; version: number }[];
  };
  const { id, version } = received.items.at(-1)!;
  const assigned = await request.post(`/api/cases/${id}/assign`, {
    headers: { ...dispatcher, 'If-Match': `"${version}"` },
    data: {
      departmentId: 2, assignee: 'Trần Văn Nam', task: 'Kiểm tra hiện trường', responsibleHead: 'Trưởng phòng KT-HT-ĐT',
      dueDate: null, expectedResult: 'Báo cáo kết quả', authority: 'Chủ tịch UBND phường',
    },
  });
  expect(assigned.status()).toBe(200);

  const page = await signIn(browser, 'ktht');
  await page.goto(`/cases/${id}`);
  await page.getByLabel(/^Lý do trả lại/).fill('Không thuộc lĩnh vực của phòng.');
  await page.getByRole('button', { name: 'Trả lại', exact: true }).click();

  await expect(page).toHaveURL(/\/inbox$/);
  await expect(page.getByRole('status').filter({ hasText: `Đã trả lại nội dung số ${id}` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Không tìm thấy' })).toHaveCount(0);
  await check(page, 'officials-02-returned-to-inbox');
  await page.context().close();

  const office = await signIn(browser, 'dispatcher');
  await office.goto(`/cases/${id}`);
  const history = office.getByRole('region', { name: 'Lịch sử xử lý' });
  await expect(history).toContainText('Văn phòng HĐND và UBND');
  await expect(history).toContainText('Cán bộ Phòng KT-HT-ĐT');
  await expect(history).not.toContainText('ktht');
  await office.context().close();
});

test('the report opens on a session with cases, not a newer empty one, and shows cards at 360 px', async ({ browser, request }) => {
  const admin = await bearer(request, 'admin');
  const code = `E-${Date.now()}`.slice(0, 20);
  const created = await request.post('/api/sessions', {
    headers: admin,
    data: { code, title: `Đợt tiếp nhận trống ${code}`, heldOn: '2027-06-10', replyDeadline: '2027-06-20' },
  });
  expect(created.status()).toBe(201);

  const page = await signIn(browser, 'partyoffice', 360);
  await page.goto('/reports');
  const chosen = page.getByLabel('Chọn hội nghị');
  await expect(chosen).toBeVisible();
  await expect(chosen.locator('option:checked')).not.toHaveText(`Đợt tiếp nhận trống ${code}`);
  const cards = page.getByRole('list', { name: 'Báo cáo kết quả giải quyết kiến nghị' });
  await expect(cards.getByRole('listitem').first()).toBeVisible();
  await expect(cards.getByRole('listitem').first()).toContainText('Cơ quan chủ trì');
  await expect(page.getByRole('region', { name: 'Báo cáo kết quả giải quyết kiến nghị' })).toBeHidden();
  await check(page, 'officials-03-report-cards-360');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
  await page.context().close();
});
