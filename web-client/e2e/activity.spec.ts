import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { join } from 'node:path';
import { artifacts, check, chooseSession, demoQuarter, password, signIn } from './support';

// A group leader accepts a reply with a satisfaction rating; the dashboard and the session report show it; the
// inspection committee (the overseer) finds the acceptance in the activity log and downloads the log as Excel.
// The case is this spec's own: submitted and taken to a sent reply through the API, on the current-quarter session.

const comment = 'Đã nạo vét xong, nước thoát nhanh. Đề nghị phường kiểm tra định kỳ.';

async function bearer(request: APIRequestContext, username: string) {
  const token = await request.post('/api/auth/token', { data: { username, password } });
  expect(token.status()).toBe(200);
  return { Authorization: `Bearer ${((await token.json()) as { accessToken: string }).accessToken}` };
}

async function ok(response: Promise<import('@playwright/test').APIResponse>) {
  const answered = await response;
  expect(answered.status(), await answered.text()).toBeLessThan(300);
  return (await answered.json()) as Record<string, unknown>;
}

async function noSideScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
}

test.describe.serial('a rated acceptance, the dashboard, the report and the activity log', () => {
  let caseId = 0;
  let sessionId = 0;
  let sessionTitle = '';

  test('through the API: a new case of TDP số 19 reaches a sent reply', async ({ request }) => {
    const leader = await bearer(request, 'leader19');
    const dispatcher = await bearer(request, 'dispatcher');
    const officer = await bearer(request, 'ktht');
    const sessions = (await (await request.get('/api/sessions', { headers: leader })).json()) as { id: number; title: string }[];
    const quarter = sessions.find((s) => demoQuarter.test(s.title))!;
    [sessionId, sessionTitle] = [quarter.id, quarter.title];

    const petition = await ok(request.post('/api/petitions', {
      headers: leader,
      data: {
        sessionId,
        submitter: { name: 'Nguyễn Bảo Bình', title: 'Tổ trưởng TDP số 19', organisation: 'TDP số 19', area: 'Trung Hòa' },
        items: [{ text: 'Đề nghị nạo vét rãnh thoát nước ngõ 68 Trung Kính trước mùa mưa', category: 'Flooding', location: 'Ngõ 68 Trung Kính' }],
      },
    }));
    caseId = (petition.caseIds as number[])[0]!;
    await ok(request.post(`/api/cases/${caseId}/assign`, {
      headers: dispatcher,
      data: {
        departmentId: 2, assignee: 'Trần Văn Nam', task: 'Nạo vét rãnh ngõ 68', responsibleHead: 'Trưởng phòng KT-HT-ĐT',
        dueDate: null, expectedResult: 'Rãnh thông, báo cáo bằng văn bản', authority: 'Chủ tịch UBND phường',
      },
    }));
    await ok(request.post(`/api/cases/${caseId}/start`, { headers: officer }));
    await ok(request.post(`/api/cases/${caseId}/resolve`, { headers: officer, data: { result: 'Đã nạo vét 120 m rãnh, thu gom 3 m³ bùn.' } }));
    // The ward's default signer of replies if an earlier spec chose one, else a deputy of this spec's own (not made the default).
    const signers = (await ok(request.get('/api/signers', { headers: dispatcher }))) as { replySignerId: number | null; signers: { id: number; name: string }[] };
    let signerId = signers.replySignerId ?? signers.signers.find((s) => s.name === 'Phạm Văn Hùng')?.id;
    if (signerId === undefined) {
      const admin = await bearer(request, 'admin');
      const added = (await ok(request.post('/api/signers', {
        headers: admin,
        data: { name: 'Phạm Văn Hùng', position: 'Phó Chủ tịch', form: 'Deputy', disabled: false },
      }))) as { signers: { id: number; name: string }[] };
      signerId = added.signers.find((s) => s.name === 'Phạm Văn Hùng')!.id;
    }
    const reply = await ok(request.post('/api/replies', { headers: dispatcher, data: { petitionId: petition.id, caseIds: [caseId], signerId } }));
    for (const step of ['submit', 'sign', 'register', 'send']) {
      await ok(request.post(`/api/replies/${reply.id as number}/${step}`, { headers: dispatcher }));
    }
    const detail = await ok(request.get(`/api/cases/${caseId}`, { headers: leader }));
    expect(detail.status).toBe('Replied');
  });

  test('the group leader accepts the reply with four stars and a comment', async ({ browser }) => {
    const page = await signIn(browser, 'leader19');
    await page.goto(`/cases/${caseId}`);
    await page.getByRole('button', { name: 'Chấp nhận trả lời, kết thúc' }).click();
    const dialog = page.getByRole('form', { name: 'Chấp nhận trả lời, kết thúc' });
    const stars = dialog.getByRole('group', { name: 'Mức độ hài lòng với văn bản trả lời (không bắt buộc)' });
    await expect(stars.getByRole('radio', { name: 'Không đánh giá' })).toBeChecked();
    await stars.getByRole('radio', { name: '4 sao – Hài lòng' }).check();
    await dialog.getByLabel(/Ý kiến thêm/).fill(comment);
    await check(page, 'activity-01-accept-with-rating');
    await dialog.getByRole('button', { name: 'Chấp nhận và kết thúc' }).click();

    const rating = page.getByRole('region', { name: 'Đánh giá của người kiến nghị' });
    await expect(rating.getByRole('img', { name: 'Mức độ hài lòng: 4/5' })).toBeVisible();
    await expect(rating).toContainText(comment);
    await expect(page.locator('.case-page__status')).toContainText('Đã kết thúc');
    await check(page, 'activity-02-case-rated');
    await page.context().close();
  });

  test('the dashboard and the session report show the rating', async ({ browser }) => {
    const page = await signIn(browser, 'overseer');
    await expect(page.getByRole('heading', { level: 1, name: 'Tổng hợp kiến nghị' })).toBeVisible();
    await chooseSession(page, 'Hội nghị', demoQuarter);
    await expect(page.getByText('4,0/5', { exact: true })).toBeVisible();
    await expect(page.getByText(/Bình quân 4,0\/5 từ 1 đánh giá/)).toBeVisible();
    await expect(page.getByRole('list', { name: 'Mức độ hài lòng' })).toContainText('4 sao1');
    await check(page, 'activity-03-dashboard-rating');

    await page.goto(`/reports/${sessionId}`);
    await expect(page.getByRole('combobox', { name: 'Chọn hội nghị' })).toHaveValue(String(sessionId));
    await expect(page.getByText('Mức độ hài lòng của người kiến nghị: bình quân 4,0/5 (1 đánh giá)')).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: 'Đề nghị nạo vét rãnh thoát nước ngõ 68 Trung Kính' });
    await expect(row.getByRole('img', { name: 'Mức độ hài lòng: 4/5' })).toBeVisible();
    await expect(row).toContainText(comment);
    await check(page, 'activity-04-report-rating');
    expect(sessionTitle).toMatch(demoQuarter);
    await page.context().close();
  });

  test('the overseer filters the activity log and downloads it as Excel', async ({ browser }) => {
    const page = await signIn(browser, 'overseer');
    await page.getByRole('navigation').getByRole('link', { name: 'Nhật ký hoạt động' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nhật ký hoạt động' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Nhật ký hoạt động' })).toBeVisible();
    await check(page, 'activity-05-log');

    await page.getByLabel('Mã nội dung').fill(String(caseId));
    await page.getByLabel('Thao tác').selectOption({ label: 'Chấp nhận, kết thúc' });
    await page.getByLabel('Người thực hiện').fill('Bảo Bình');
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`caseId=${caseId}`));
    const rows = page.getByRole('table', { name: 'Nhật ký hoạt động' }).getByRole('row');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toContainText('Chấp nhận, kết thúc');
    await expect(rows.nth(1)).toContainText('Nguyễn Bảo Bình (leader19)');
    await expect(rows.nth(1)).toContainText(`Mức độ hài lòng: 4/5 “${comment}”`);
    await expect(rows.nth(1).getByRole('link', { name: `#${caseId}` })).toHaveAttribute('href', `/cases/${caseId}`);
    await check(page, 'activity-06-log-filtered');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải Excel (.xlsx)' }).click()]);
    expect(download.suggestedFilename()).toBe('nhat-ky-hoat-dong.xlsx');
    await download.saveAs(join(artifacts, 'activity-log.xlsx'));
    const workbook = await page.request.get(`/api/activity?caseId=${caseId}&kind=Case&action=Close&format=xlsx`);
    expect(workbook.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect((await workbook.body()).subarray(0, 2).toString()).toBe('PK');

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Activity log' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Activity log' }).getByRole('row').nth(1)).toContainText('Accepted and closed');
    await check(page, 'activity-07-log-en');
    await page.context().close();
  });

  test('the activity log at 360 px: rows as cards, no sideways scrolling', async ({ browser }) => {
    const page = await signIn(browser, 'overseer', 360);
    await page.goto(`/activity?caseId=${caseId}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Nhật ký hoạt động' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Nhật ký hoạt động' }).getByRole('row')).not.toHaveCount(0);
    await check(page, 'activity-08-log-360');
    await noSideScroll(page);
    await page.context().close();
  });

  test('the people whose work the log records do not open it', async ({ browser }) => {
    const page = await signIn(browser, 'dispatcher');
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Nhật ký hoạt động' })).toHaveCount(0);
    const refused = await page.request.get('/api/activity');
    expect(refused.status()).toBe(403);
    await page.context().close();
  });
});
