import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { check, demoQuarter, password, signIn } from './support';

// Corrections and refusals on a petition of its own: leader 19 submits two items to this quarter's demo session
// through the API (so no other spec's cases are touched); the dispatcher corrects a typo and the category of the
// first and refuses the second with a reason; the group leader reads the corrected wording beside the original and
// the reason of the refusal, in a notification and on the case.
const typo = 'Đề nghị sửa đèn chiếu sáng ngỏ 15 Trung Kính bị hỏng';
const fixed = 'Đề nghị sửa đèn chiếu sáng ngõ 15 Trung Kính bị hỏng';
const refusedText = 'Đề nghị phân xử tranh chấp ranh giới đất giữa hai hộ ở số 8 ngõ 15';
const reason = 'Tranh chấp dân sự về ranh giới đất thuộc thẩm quyền của Tòa án nhân dân, không thuộc phạm vi giải quyết của UBND phường.';
const phone = 360;
let ids: number[] = [];

async function bearer(request: APIRequestContext, username: string) {
  const response = await request.post('/api/auth/token', { data: { username, password } });
  expect(response.ok()).toBe(true);
  return { Authorization: `Bearer ${((await response.json()) as { accessToken: string }).accessToken}` };
}

async function openCase(page: Page, id: number) {
  await page.goto(`/cases/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: `Nội dung kiến nghị số ${id}` })).toBeVisible();
}

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
}

test.describe.serial('corrections that keep the original, and refusals with a reason', () => {
  test('leader 19 submits two items to this quarter', async ({ request }) => {
    const leader = await bearer(request, 'leader19');
    const sessions = (await (await request.get('/api/sessions', { headers: leader })).json()) as Array<{ id: number; title: string; takesPetitions: boolean }>;
    const session = sessions.find((s) => demoQuarter.test(s.title) && s.takesPetitions)!;
    expect(session, 'the demo quarter takes petitions').toBeTruthy();
    const submitted = await request.post('/api/petitions', {
      headers: leader,
      data: {
        sessionId: session.id,
        submitter: { name: 'Nguyễn Bảo Bình', title: 'Tổ trưởng TDP số 19', organisation: 'TDP số 19', area: 'Trung Hòa' },
        items: [
          { text: typo, category: 'Other', location: 'Ngõ 15 Trung Kính' },
          { text: refusedText, category: 'Other', location: 'Số 8 ngõ 15 Trung Kính' },
        ],
      },
    });
    expect(submitted.status()).toBe(201);
    ids = ((await submitted.json()) as { caseIds: number[] }).caseIds;
    expect(ids).toHaveLength(2);
  });

  test('the dispatcher corrects the typo and the category, with a reason', async ({ browser }) => {
    const page = await signIn(browser, 'dispatcher');
    await openCase(page, ids[0]);
    await page.getByRole('button', { name: 'Sửa nội dung' }).click();
    const form = page.getByRole('form', { name: 'Sửa nội dung' });
    await expect(form.getByLabel(/Nội dung kiến nghị/)).toHaveValue(typo);
    await form.getByLabel(/Nội dung kiến nghị/).fill(fixed);
    await form.getByLabel('Lĩnh vực').selectOption('Infrastructure');
    await form.getByLabel(/Lý do sửa/).fill('Sửa lỗi chính tả khi nhập; nội dung thuộc lĩnh vực hạ tầng.');
    await check(page, 'corrections-01-dispatcher-form');
    await form.getByRole('button', { name: 'Lưu nội dung đã sửa' }).click();

    await expect(page.locator('.case-text')).toHaveText(fixed);
    const original = page.getByRole('note', { name: 'Nguyên văn khi tiếp nhận' });
    await expect(original).toContainText(typo);
    await expect(original).toContainText('Lĩnh vực khi tiếp nhận: Khác');
    await expect(page.getByText('Hạ tầng (chiếu sáng, số nhà, đường)', { exact: true })).toBeVisible();
    const corrections = page.getByRole('region', { name: 'Các lần sửa' });
    await expect(corrections).toContainText(`Nội dung: “${typo}” → “${fixed}”`);
    await expect(corrections).toContainText('Lý do: Sửa lỗi chính tả khi nhập');
    await expect(page.getByRole('region', { name: 'Lịch sử xử lý' })).toContainText('Sửa thông tin nội dung');
    await expect(page.locator('.case-page__status')).toContainText('Đã tiếp nhận');
    await check(page, 'corrections-02-dispatcher-corrected');
  });

  test('the dispatcher refuses the second item with a reason, confirmed once more, at 360 px', async ({ browser }) => {
    const page = await signIn(browser, 'dispatcher', phone);
    await openCase(page, ids[1]);
    await page.getByRole('button', { name: 'Từ chối', exact: true }).click();
    const form = page.getByRole('form', { name: 'Từ chối' });
    await form.getByLabel(/Lý do từ chối/).fill(reason);
    await form.getByRole('button', { name: 'Từ chối nội dung này' }).click();
    const question = form.getByRole('alert');
    await expect(question).toContainText(`Từ chối nội dung số ${ids[1]}? Lý do sẽ được gửi tới TDP số 19`);
    await check(page, 'corrections-03-dispatcher-refuse-360');
    await noSidewaysScroll(page);
    await question.getByRole('button', { name: 'Xác nhận từ chối' }).click();

    await expect(page.locator('.case-page__status')).toContainText('Từ chối, không thuộc phạm vi giải quyết');
    await expect(page.getByRole('region', { name: 'Từ chối, không thuộc phạm vi giải quyết của phường' })).toContainText(reason);
    await expect(page.getByRole('button', { name: 'Từ chối', exact: true })).toHaveCount(0);
    await check(page, 'corrections-04-dispatcher-refused-360');
  });

  test('the group leader reads the corrected wording with the original kept, and the refusal with its reason, at 360 px', async ({ browser }) => {
    const page = await signIn(browser, 'leader19', phone);
    await openCase(page, ids[0]);
    await expect(page.locator('.case-text')).toHaveText(fixed);
    await expect(page.getByRole('note', { name: 'Nguyên văn khi tiếp nhận' })).toContainText(typo);
    await expect(page.getByRole('region', { name: 'Các lần sửa' })).toContainText('Văn phòng HĐND');
    await check(page, 'corrections-05-leader-corrected-360');
    await noSidewaysScroll(page);

    await page.goto('/notifications');
    const told = page.getByRole('listitem').filter({ hasText: `Nội dung số ${ids[1]} không thuộc phạm vi giải quyết của phường` });
    await expect(told).toContainText(`Lý do: ${reason}`);
    await told.getByRole('button', { name: 'Nội dung không thuộc phạm vi giải quyết của phường' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Nội dung kiến nghị số ${ids[1]}` })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Từ chối, không thuộc phạm vi giải quyết của phường' })).toContainText(reason);
    await expect(page.getByRole('region', { name: 'Lịch sử xử lý' })).toContainText(reason);
    await check(page, 'corrections-06-leader-refused-360');
    await noSidewaysScroll(page);
  });
});
