import { expect, test, type APIRequestContext } from '@playwright/test';
import { check, password, signIn } from './support';

// The dispatcher filters triage down to one residential group, chooses its two received items and routes them
// together, then finds them in the case list by at risk and by the day they were submitted. The petition is made
// here, in this quarter's demo session, for an organisation no other spec uses, so nothing here depends on them.
const organisation = 'TDP số 41';
const phone = 360;

/** A Vietnam day counted from today, yyyy-MM-dd: the API dates everything in Vietnam time (UTC+7). */
const vietnamDay = (days: number) => new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

async function token(request: APIRequestContext, username: string) {
  const response = await request.post('/api/auth/token', { data: { username, password } });
  expect(response.ok()).toBe(true);
  return { Authorization: `Bearer ${((await response.json()) as { accessToken: string }).accessToken}` };
}

test.describe.serial('triage: filter, choose two, route them together; then the case list by at risk and dates', () => {
  let caseIds: number[] = [];

  test.beforeAll(async ({ request }) => {
    const dispatcher = await token(request, 'dispatcher');
    const sessions = (await (await request.get('/api/sessions', { headers: dispatcher })).json()) as Array<{ id: number; takesPetitions: boolean }>;
    const open = sessions.find((s) => s.takesPetitions);
    expect(open, 'Development opens a session for the current quarter').toBeDefined();
    const submitted = await request.post('/api/petitions', {
      headers: { ...dispatcher, 'Idempotency-Key': `triage-spec-${Date.now()}` },
      data: {
        sessionId: open!.id,
        submitter: { name: 'Phan Văn Lộc', title: 'Tổ trưởng TDP số 41', organisation, area: 'Yên Hòa' },
        items: [
          { text: 'Đề nghị lắp biển cấm đỗ xe trước cổng chợ ngõ 41', category: 'TrafficCongestion', location: 'Ngõ 41 Yên Hòa' },
          { text: 'Đề nghị sửa đèn chiếu sáng cuối ngõ 41', category: 'Infrastructure', location: 'Ngõ 41 Yên Hòa' },
        ],
      },
    });
    expect(submitted.status()).toBe(201);
    caseIds = ((await submitted.json()) as { caseIds: number[] }).caseIds;
  });

  test('the dispatcher filters triage by organisation, chooses both items and routes them after confirming', async ({ browser }) => {
    const page = await signIn(browser, 'dispatcher');
    await page.goto('/triage');
    await expect(page.getByRole('heading', { level: 1, name: 'Tiếp nhận, phân loại' })).toBeVisible();
    await page.getByLabel('Tổ dân phố, chi bộ').selectOption({ label: `${organisation} (2)` });
    await expect(page).toHaveURL(/organisation=TDP/);
    const counts = page.getByRole('region', { name: 'Số nội dung chờ phân loại' });
    await expect(counts).toContainText('Tổng cộng: 2 nội dung');
    await expect(page.locator('.case-card')).toHaveCount(2);
    await check(page, 'triage-01-filtered');

    // The filter survives a reload: it is in the URL.
    await page.reload();
    await expect(page.getByLabel('Tổ dân phố, chi bộ')).toHaveValue(organisation);
    await expect(page.locator('.case-card')).toHaveCount(2);

    for (const id of caseIds) await page.getByRole('checkbox', { name: `Chọn nội dung số ${id}` }).check();
    await page.getByRole('button', { name: 'Chuyển xử lý các mục đã chọn' }).click();
    const form = page.getByRole('form', { name: 'Chuyển xử lý 2 nội dung đã chọn' });
    await form.getByLabel(/Đơn vị xử lý/).selectOption({ label: 'Phòng Kinh tế, Hạ tầng và Đô thị' });
    await form.getByLabel(/Người thực hiện/).fill('Trần Văn Nam');
    await form.getByLabel(/Nhiệm vụ/).fill('Khảo sát, xử lý hai kiến nghị ngõ 41');
    await form.getByLabel(/Người chịu trách nhiệm/).fill('Trưởng phòng KT-HT-ĐT');
    // Due tomorrow: within two working days of its last working day, so at risk from today.
    await form.getByLabel(/rõ thời gian/).fill(vietnamDay(1));
    await form.getByLabel(/Kết quả cần đạt/).fill('Biển cấm và đèn mới, báo cáo bằng văn bản');
    await form.getByLabel(/rõ thẩm quyền/).fill('Chủ tịch UBND phường');
    await form.getByRole('button', { name: 'Chuyển xử lý các mục đã chọn' }).click();
    const question = page.getByRole('alert');
    await expect(question).toContainText(`Chuyển 2 nội dung (số #${caseIds[0]}, #${caseIds[1]}) cho Phòng Kinh tế, Hạ tầng và Đô thị?`);
    await check(page, 'triage-02-confirm');
    await question.getByRole('button', { name: 'Chuyển xử lý' }).click();

    await expect(page.getByRole('status').filter({ hasText: 'Đã chuyển 2 nội dung' })).toBeVisible();
    await expect(page.getByText('Không còn nội dung nào chờ phân loại.')).toBeVisible();
    await check(page, 'triage-03-routed');
  });

  test('the case list finds both by at risk and by the day they came in, at 360 px too', async ({ browser }) => {
    const page = await signIn(browser, 'dispatcher', phone);
    await page.goto(`/cases?organisation=${encodeURIComponent(organisation)}`);
    await expect(page.locator('.case-card')).toHaveCount(2);
    // The box follows the address, which the router updates a moment after the click: click, then wait for it.
    const atRisk = page.getByRole('checkbox', { name: 'Chỉ nội dung có nguy cơ quá hạn' });
    await atRisk.click();
    await expect(atRisk).toBeChecked();
    await expect(page).toHaveURL(/atRisk=true/);
    await expect(page.locator('.case-card')).toHaveCount(2);
    await expect(page.locator('.case-card').first()).toContainText('Đã giao xử lý');
    await check(page, 'triage-04-cases-at-risk-360');

    await page.getByLabel('Tiếp nhận từ ngày').fill(vietnamDay(0));
    await page.getByLabel('Đến ngày').fill(vietnamDay(0));
    await expect(page).toHaveURL(new RegExp(`submittedTo=${vietnamDay(0)}`));
    await expect(page.locator('.case-card')).toHaveCount(2);
    await page.getByLabel('Đến ngày').fill(vietnamDay(-1));
    await expect(page.getByLabel('Đến ngày')).toHaveAccessibleDescription(/không được trước ngày “từ”/);
    await page.getByLabel('Tiếp nhận từ ngày').fill(vietnamDay(-2));
    await expect(page).toHaveURL(new RegExp(`submittedTo=${vietnamDay(-1)}`));
    await expect(page.getByText('Không có nội dung nào phù hợp.')).toBeVisible();
    await check(page, 'triage-05-cases-dates-360');

    // Reloaded, the list is the same one.
    await page.reload();
    await expect(page.getByLabel('Tiếp nhận từ ngày')).toHaveValue(vietnamDay(-2));
    await expect(page.getByRole('checkbox', { name: 'Chỉ nội dung có nguy cơ quá hạn' })).toBeChecked();
  });

  test('the triage board at 360 px', async ({ browser }) => {
    const page = await signIn(browser, 'dispatcher', phone);
    await page.goto('/triage');
    await expect(page.getByRole('region', { name: 'Số nội dung chờ phân loại' })).toBeVisible();
    await check(page, 'triage-06-board-360');
  });
});
