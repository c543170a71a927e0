import { expect, test, type Page } from '@playwright/test';
import { check, signIn } from './support';

// Case work on the seeded item 7 (TDP số 25's garbage point): routed, noted, re-routed, supported by the first
// department, given back after starting; the group leader reads the progress update and never the internal note.
const caseId = 7;
const note = 'Nội bộ: điểm rác do hộ kinh doanh ở số 12 đổ trộm, cần Công an phường phối hợp.';
const progress = 'Đã khảo sát hiện trường ngày 13/4, đang bố trí thùng rác.';
const phone = 360;

async function openCase(page: Page) {
  await page.goto(`/cases/${caseId}`);
  await expect(page.getByRole('heading', { level: 1, name: `Nội dung kiến nghị số ${caseId}` })).toBeVisible();
}

async function sixClears(page: Page, department: string, assignee: string) {
  await page.getByLabel(/Đơn vị xử lý/).selectOption({ label: department });
  await page.getByLabel(/Người thực hiện/).fill(assignee);
  await page.getByLabel(/Nhiệm vụ/).fill('Xử lý dứt điểm điểm tập kết rác');
  await page.getByLabel(/Người chịu trách nhiệm/).fill('Phó Chủ tịch UBND phường');
  await page.getByLabel(/Kết quả cần đạt/).fill('Không còn rác tồn đọng, báo cáo bằng văn bản');
  await page.getByLabel(/rõ thẩm quyền/).fill('Chủ tịch UBND phường');
}

test.describe.serial('case work: notes, progress, re-routing and giving back', () => {
  test('the dispatcher routes the item to KT-HT-ĐT', async ({ browser }) => {
    const page = await signIn(browser, 'dispatcher');
    await openCase(page);
    await sixClears(page, 'Phòng Kinh tế, Hạ tầng và Đô thị', 'Trần Văn Nam');
    await page.getByRole('button', { name: 'Giao xử lý' }).click();
    await expect(page.locator('.case-page__status')).toContainText('Đã giao xử lý');
  });

  test('KT-HT-ĐT starts it, writes an internal note and a progress update', async ({ browser }) => {
    const page = await signIn(browser, 'ktht');
    await openCase(page);
    await page.getByRole('button', { name: 'Bắt đầu xử lý' }).click();
    await expect(page.locator('.case-page__status')).toContainText('Đang xử lý');

    const notes = page.getByRole('region', { name: 'Ghi chú và tiến độ' });
    await notes.getByLabel(/^Nội dung/).fill(note);
    await notes.getByRole('button', { name: 'Lưu ghi chú' }).click();
    await expect(notes.getByRole('status')).toHaveText('Đã lưu ghi chú.');
    await expect(notes.getByRole('listitem').first()).toContainText(note);
    await notes.getByRole('radio', { name: /Cập nhật tiến độ/ }).check();
    await notes.getByLabel(/^Nội dung/).fill(progress);
    await notes.getByRole('button', { name: 'Lưu ghi chú' }).click();
    await expect(notes.getByRole('listitem').first()).toContainText(progress);
    await expect(notes.getByRole('listitem').first()).toContainText('Tiến độ');
    await expect(notes.getByRole('listitem').nth(1)).toContainText('Nội bộ');
    await check(page, 'casework-01-ktht-notes');
  });

  test('the group leader reads the progress update and not the internal note, at 360 px too', async ({ browser }) => {
    const page = await signIn(browser, 'leader25', phone);
    await openCase(page);
    const updates = page.getByRole('region', { name: 'Tiến độ xử lý' });
    await expect(updates).toContainText(progress);
    await expect(page.locator('body')).not.toContainText('Nội bộ: điểm rác');
    await expect(updates.getByRole('textbox')).toHaveCount(0);
    await check(page, 'casework-02-leader-progress-360');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
  });

  test('the dispatcher re-routes the started item to Công an phường with a reason', async ({ browser }) => {
    const page = await signIn(browser, 'dispatcher', phone);
    await openCase(page);
    await expect(page.getByRole('region', { name: 'Ghi chú và tiến độ' })).toContainText(note);
    await page.getByRole('button', { name: 'Chuyển đơn vị xử lý khác' }).click();
    await page.getByLabel(/Lý do chuyển/).fill('Đổ rác trộm là việc của Công an phường.');
    await sixClears(page, 'Công an phường Yên Hòa', 'Đại úy Lê Minh');
    await check(page, 'casework-03-dispatcher-reroute-360');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Chuyển xử lý' }).click();
    await expect(page.locator('.case-page__status')).toContainText('Đã giao xử lý');
    await expect(page.locator('.facts').first()).toContainText('Công an phường');
    const history = page.getByRole('region', { name: 'Lịch sử xử lý' });
    await expect(history).toContainText('Chuyển đơn vị xử lý');
    await expect(history).toContainText('Đổ rác trộm là việc của Công an phường.');
  });

  test('KT-HT-ĐT no longer sees it until the dispatcher names it a supporting department; then it adds a note', async ({ browser }) => {
    const old = await signIn(browser, 'ktht');
    await old.goto(`/cases/${caseId}`);
    await expect(old.getByRole('heading', { level: 1, name: 'Không tìm thấy' })).toBeVisible();

    const dispatcher = await signIn(browser, 'dispatcher');
    await openCase(dispatcher);
    await dispatcher.getByRole('button', { name: 'Đơn vị phối hợp' }).click();
    await dispatcher.getByRole('checkbox', { name: 'Phòng Kinh tế, Hạ tầng và Đô thị' }).check();
    await check(dispatcher, 'casework-04-dispatcher-supporting');
    await dispatcher.getByRole('button', { name: 'Lưu đơn vị phối hợp' }).click();
    await expect(dispatcher.locator('.facts').first()).toContainText('KT-HT-ĐT');
    await dispatcher.context().close();

    await old.goto('/inbox');
    const card = old.locator('.case-card').filter({ has: old.getByRole('link', { name: `Mở nội dung số ${caseId}` }) });
    await expect(card).toContainText('Phối hợp');
    await card.getByRole('link').click();
    await expect(old.getByText(/Đơn vị của bạn phối hợp xử lý nội dung này/)).toBeVisible();
    await expect(old.getByRole('button', { name: 'Bắt đầu xử lý' })).toHaveCount(0);
    const notes = old.getByRole('region', { name: 'Ghi chú và tiến độ' });
    await notes.getByLabel(/^Nội dung/).fill('KT-HT-ĐT sẵn sàng bố trí thùng rác khi Công an phường xác minh xong.');
    await notes.getByRole('button', { name: 'Lưu ghi chú' }).click();
    await expect(notes.getByRole('listitem').first()).toContainText('KT-HT-ĐT sẵn sàng');
    await check(old, 'casework-05-ktht-supporting');
  });

  test('Công an phường starts it and gives it back', async ({ browser }) => {
    const page = await signIn(browser, 'congan');
    await page.getByRole('link', { name: `Mở nội dung số ${caseId}` }).click();
    await page.getByRole('button', { name: 'Bắt đầu xử lý' }).click();
    await expect(page.locator('.case-page__status')).toContainText('Đang xử lý');
    await page.getByLabel(/Lý do trả lại/).fill('Cần xác minh chủ hộ trước khi xử lý.');
    await page.getByRole('button', { name: 'Trả lại' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Không tìm thấy' }).or(page.getByRole('heading', { level: 1, name: /^Việc của / }))).toBeVisible();
  });

  test('the dispatcher finds it back in triage', async ({ browser }) => {
    const page = await signIn(browser, 'dispatcher');
    await openCase(page);
    await expect(page.locator('.case-page__status')).toContainText('Đã tiếp nhận');
    await expect(page.getByRole('heading', { name: 'Giao xử lý (sáu rõ)' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Lịch sử xử lý' })).toContainText('Cần xác minh chủ hộ trước khi xử lý.');
  });
});
