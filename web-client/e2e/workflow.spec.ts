import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { artifacts, check, chooseSession, demoQuarter, password, signIn } from './support';

// One petition's whole life, each step by the person who does it, in the browser against the real API.
test.describe.serial('a petition from a group leader to a written reply', () => {
  let petitionId = 0;
  let lightingCase = 0;
  let patrolCase = 0;
  let replyId = 0;

  test('the group leader submits a petition with two items', async ({ browser }) => {
    const page = await signIn(browser, 'leader19');
    await expect(page.getByRole('heading', { level: 1, name: 'Kiến nghị của TDP số 19' })).toBeVisible();
    await check(page, '01-leader-petitions');

    await page.getByRole('navigation').getByRole('link', { name: 'Gửi kiến nghị' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Gửi kiến nghị' })).toBeVisible();
    // The current quarter's demo session, whichever others are open (e2e/notices.spec.ts imports the notice into a
    // new one); the seeded 2026-Q1 is past its deadline and not offered.
    await expect(page.getByLabel(/^Hội nghị, đợt tiếp nhận/).locator('option[value="1"]')).toHaveCount(0);
    await chooseSession(page, /^Hội nghị, đợt tiếp nhận/, demoQuarter);
    await page.getByLabel('Khu vực').fill('Trung Hòa');
    const first = page.getByRole('group', { name: 'Nội dung 1' });
    await first.getByLabel(/^Nội dung/).fill('Đề nghị lắp đèn chiếu sáng ngõ 5 phố Trung Kính');
    await first.getByLabel('Lĩnh vực').selectOption('Infrastructure');
    await first.getByLabel('Địa điểm').fill('Ngõ 5 Trung Kính');
    await page.getByRole('button', { name: '+ Thêm nội dung' }).click();
    const second = page.getByRole('group', { name: 'Nội dung 2' });
    await second.getByLabel(/^Nội dung/).fill('Đề nghị tăng cường tuần tra ban đêm tại ngõ 5');
    await second.getByLabel('Lĩnh vực').selectOption('Security');
    await check(page, '02-leader-submit-form');

    await page.getByRole('button', { name: 'Gửi kiến nghị' }).last().click();
    await expect(page.getByText(/Đã gửi kiến nghị số #\d+ gồm 2 nội dung\./)).toBeVisible();
    petitionId = Number((await page.getByText(/Đã gửi kiến nghị số/).textContent())!.match(/#(\d+)/)![1]);
    await check(page, '03-leader-submitted');

    await page.getByRole('link', { name: `Kiến nghị số #${petitionId}` }).click();
    const cards = page.locator('.case-card');
    await expect(cards).toHaveCount(2);
    const ids = await cards.locator('.case-card__link').allTextContents();
    [lightingCase, patrolCase] = ids.map((text) => Number(text.replace('#', '')));
    await expect(cards.first()).toContainText('Đã tiếp nhận');
    await check(page, '04-leader-petition');
  });

  test('the dispatcher routes one item to KT-HT-ĐT and the other to Công an phường', async ({ browser }) => {
    const page = await signIn(browser, 'dispatcher');
    await expect(page.getByRole('heading', { level: 1, name: 'Tiếp nhận, phân loại' })).toBeVisible();
    await expect(page.getByRole('link', { name: `Mở nội dung số ${lightingCase}` })).toBeVisible();
    await check(page, '05-dispatcher-triage');

    await assign(page, lightingCase, 'Phòng Kinh tế, Hạ tầng và Đô thị', 'Trần Văn Nam', 'Lắp 6 đèn LED dọc ngõ 5');
    await check(page, '06-dispatcher-assigned');
    await assign(page, patrolCase, 'Công an phường Yên Hòa', 'Đại úy Lê Minh', 'Tuần tra ngõ 5 từ 22h đến 2h');
    await expect(page.locator('.case-page__status')).toContainText('Đã giao xử lý');
  });

  test('each department starts its item and records the result', async ({ browser }) => {
    for (const [user, id, result, shot] of [
      ['ktht', lightingCase, 'Đã lắp 6 đèn LED dọc ngõ 5 ngày 15/4.', '07-ktht'],
      ['congan', patrolCase, 'Đã bố trí tổ tuần tra đêm từ 22h đến 2h, ngõ 5.', '08-congan'],
    ] as const) {
      const page = await signIn(browser, user);
      await expect(page.getByRole('heading', { level: 1, name: /^Việc của / })).toBeVisible();
      await check(page, `${shot}-inbox`);
      await page.getByRole('link', { name: `Mở nội dung số ${id}` }).click();
      await page.getByRole('button', { name: 'Bắt đầu xử lý' }).click();
      await expect(page.locator('.case-page__status')).toContainText('Đang xử lý');
      await page.getByLabel(/Kết quả đã thực hiện/).fill(result);
      await check(page, `${shot}-case`);
      await page.getByRole('button', { name: 'Ghi nhận kết quả' }).click();
      await expect(page.locator('.case-page__status')).toContainText('Đã giải quyết');
      await expect(page.getByRole('region', { name: 'Lịch sử xử lý' })).toContainText('Ghi nhận kết quả');
      await page.context().close();
    }
  });

  test('the administrator adds the signer of replies and makes them the default', async ({ browser }) => {
    const page = await signIn(browser, 'admin');
    await page.goto('/signers');
    await expect(page.getByRole('heading', { level: 1, name: 'Người ký văn bản' })).toBeVisible();
    await expect(page.getByRole('listitem', { name: 'Lương Khánh Ngọc' })).toBeVisible();
    await page.getByRole('button', { name: 'Thêm người ký' }).click();
    await page.getByLabel(/Họ và tên/).fill('Trần Thị Minh');
    await page.getByLabel(/Chức vụ/).fill('Phó Chủ tịch');
    await page.getByLabel('Cách ký').selectOption('Deputy');
    await page.getByRole('button', { name: 'Lưu người ký', exact: true }).click();
    await expect(page.getByText('Đã lưu người ký Trần Thị Minh.')).toBeVisible();
    await page.getByLabel('Văn bản trả lời (UBND)').selectOption({ label: 'Trần Thị Minh – Phó Chủ tịch' });
    await page.getByRole('button', { name: 'Lưu người ký mặc định' }).click();
    await expect(page.getByText('Đã lưu người ký mặc định.')).toBeVisible();
    await check(page, '09-signers');
    await page.context().close();
  });

  test('the dispatcher drafts the reply, submits it, records the signature, registers and sends it', async ({ browser }) => {
    const page = await signIn(browser, 'dispatcher');
    await page.goto(`/petitions/${petitionId}`);
    await page.getByRole('link', { name: 'Soạn văn bản trả lời' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Soạn văn bản trả lời' })).toBeVisible();
    await expect(page.getByRole('checkbox')).toHaveCount(2);
    await page.getByLabel('Nội dung mở đầu').fill('UBND phường Yên Hòa nhận được kiến nghị của TDP số 19 và trả lời như sau:');
    await check(page, '09-reply-editor');
    await page.getByRole('button', { name: 'Lưu dự thảo' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Văn bản trả lời' })).toBeVisible();
    await expect(page.getByText('Dự thảo', { exact: true })).toBeVisible();
    replyId = Number(page.url().split('/').pop());
    await check(page, '10-reply-draft');
    await page.getByRole('button', { name: 'Sửa dự thảo' }).click();
    await page.getByLabel('Trích yếu (sau “V/v”)').fill('V/v Trả lời kiến nghị của TDP số 19 về chiếu sáng và tuần tra');
    await page.getByLabel(/Kính gửi/).fill('Đồng chí Nguyễn Bảo Bình, Tổ trưởng Tổ dân phố số 19');
    await check(page, '10-reply-draft-edit');
    await page.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await expect(page.getByText('V/v Trả lời kiến nghị của TDP số 19 về chiếu sáng và tuần tra')).toBeVisible();
    await expect(page.getByText('Trần Thị Minh – Phó Chủ tịch')).toBeVisible();
    await page.getByRole('button', { name: 'Trình ký' }).click();
    await expect(page.getByRole('button', { name: 'Sửa dự thảo' })).toHaveCount(0);
    for (const [step, shot] of [['Ghi nhận đã ký', '11-reply-sign'], ['Đăng ký văn bản (cấp số)', '11-reply-register'], ['Ghi nhận đã phát hành', '11-reply-send']] as const) {
      await page.getByRole('button', { name: step }).click();
      await expect(page.getByRole('alert')).toContainText('không hoàn tác được');
      await check(page, shot);
      await page.getByRole('alert').getByRole('button', { name: step }).click();
    }
    await expect(page.getByText(/Đã phát hành – Số \d+\/\d{4}, ngày \d{2}\/\d{2}\/\d{4}/)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Quá trình văn bản' })).toContainText('Đăng ký, cấp số');
    await check(page, '11-reply-issued');

    const [letter] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải văn bản (Word)' }).click()]);
    expect(letter.suggestedFilename()).toMatch(/\.docx$/);
    await letter.saveAs(join(artifacts, '11-reply.docx'));
  });

  test('the group leader reads the reply and accepts it', async ({ browser }) => {
    const page = await signIn(browser, 'leader19');
    await expect(page.getByText('Đã có văn bản trả lời', { exact: false }).first()).toBeVisible();
    await page.getByRole('link', { name: `Mở nội dung số ${lightingCase}` }).click();
    await expect(page.locator('.case-page__status')).toContainText('Đã trả lời');
    await page.getByRole('link', { name: 'Đọc văn bản trả lời' }).click();
    await expect(page).toHaveURL(new RegExp(`/replies/${replyId}$`));
    await expect(page.getByText('Đã lắp 6 đèn LED dọc ngõ 5 ngày 15/4.')).toBeVisible();
    await check(page, '12-leader-reads-reply');
    await page.goBack();
    // Closing cannot be undone: it is asked once more, and cancelling changes nothing.
    await page.getByRole('button', { name: 'Chấp nhận trả lời, kết thúc' }).click();
    // Asked in a form that also offers a rating (none chosen first: this leader accepts without one).
    const question = page.getByRole('form', { name: 'Chấp nhận trả lời, kết thúc' });
    await expect(question).toContainText('Chấp nhận văn bản trả lời và kết thúc nội dung này?');
    await expect(question).toBeFocused();
    await expect(question.getByRole('radio', { name: 'Không đánh giá' })).toBeChecked();
    await check(page, '13-leader-confirms-close');
    await page.getByRole('button', { name: 'Hủy' }).click();
    await expect(page.getByRole('button', { name: 'Chấp nhận trả lời, kết thúc' })).toBeFocused();
    await expect(page.locator('.case-page__status')).toContainText('Đã trả lời');
    await page.getByRole('button', { name: 'Chấp nhận trả lời, kết thúc' }).click();
    await page.getByRole('button', { name: 'Chấp nhận và kết thúc' }).click();
    await expect(page.locator('.case-page__status')).toContainText('Đã kết thúc');
    await check(page, '13-leader-closed');
  });

  test('the Party Office opens the session report and downloads it', async ({ browser }) => {
    const page = await signIn(browser, 'partyoffice');
    await expect(page.getByRole('heading', { level: 1, name: 'Tổng hợp kiến nghị' })).toBeVisible();
    await expect(page.getByRole('img', { name: /trả lời trước hạn/ })).toBeVisible();
    await check(page, '15-partyoffice-dashboard');

    await page.getByRole('navigation').getByRole('link', { name: 'Báo cáo hội nghị' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Báo cáo kết quả giải quyết kiến nghị' })).toBeVisible();
    // The report may open on another session (e2e/sessions.spec.ts opens 2026-Q2 before this file runs): choose the
    // current quarter's, where the petition went.
    await chooseSession(page, 'Chọn hội nghị', demoQuarter);
    const table = page.getByRole('region', { name: 'Báo cáo kết quả giải quyết kiến nghị' });
    await expect(table).toContainText('Đề nghị lắp đèn chiếu sáng ngõ 5 phố Trung Kính');
    await expect(table).toContainText('Đã lắp 6 đèn LED dọc ngõ 5 ngày 15/4.');
    await check(page, '16-partyoffice-report');

    const [word] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải Word' }).click()]);
    expect(word.suggestedFilename()).toMatch(/\.docx$/);
    await word.saveAs(join(artifacts, '16-report.docx'));
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải CSV (Excel)' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const printable = page.waitForEvent('popup');
    await page.getByRole('link', { name: 'In báo cáo' }).click();
    await expect(await printable).toHaveTitle(/.+/);

    await page.getByRole('button', { name: 'Đánh dấu đã báo cáo' }).click();
    await expect(page.getByRole('alert')).toContainText('Chỉ đánh dấu được một lần');
    await check(page, '16-partyoffice-confirms-reported');
    await page.getByRole('button', { name: 'Xác nhận đã báo cáo' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã báo cáo Thường trực Đảng ủy' })).toContainText('(Văn phòng Đảng ủy)');
    await check(page, '16-partyoffice-reported');
  });

  test('the overseer reads the escalation list', async ({ browser }) => {
    const page = await signIn(browser, 'overseer');
    await page.getByRole('navigation').getByRole('link', { name: 'Cần báo cáo' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nội dung cần báo cáo' })).toBeVisible();
    // The seeded appendix's cases have had no reply since their deadline, 20/4/2026 (earlier specs route some of
    // them on today's clock, which gives those a new due date, so no one case is named).
    await expect(page.getByRole('link', { name: /^Mở nội dung số \d+$/ }).first()).toBeVisible();
    // Grouped by reason, each group headed with its count.
    await expect(page.getByRole('heading', { level: 2, name: /\(\d+\)$/ }).first()).toBeVisible();
    await check(page, '17-overseer-escalations');
  });

  test("a group leader cannot open another group's case by its URL", async ({ browser, request }) => {
    const token = await request.post('/api/auth/token', { data: { username: 'leader25', password } });
    const cases = await request.get('/api/cases', { headers: { Authorization: `Bearer ${((await token.json()) as { accessToken: string }).accessToken}` } });
    const theirs = ((await cases.json()) as { items: { id: number }[] }).items[0].id;

    const page = await signIn(browser, 'leader19');
    await page.goto(`/cases/${theirs}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Không tìm thấy' })).toBeVisible();
    await check(page, '14-leader-not-found');
  });
});

async function assign(page: Page, caseId: number, department: string, assignee: string, task: string) {
  await page.goto('/triage');
  await page.getByRole('link', { name: `Mở nội dung số ${caseId}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Nội dung kiến nghị số ${caseId}` })).toBeVisible();
  await page.getByLabel(/Đơn vị xử lý/).selectOption({ label: department });
  await page.getByLabel(/Người thực hiện/).fill(assignee);
  await page.getByLabel(/Nhiệm vụ/).fill(task);
  await page.getByLabel(/Người chịu trách nhiệm/).fill('Phó Chủ tịch UBND phường');
  await page.getByLabel(/Kết quả cần đạt/).fill('Hoàn thành, báo cáo kết quả trước hạn');
  await page.getByLabel(/Thẩm quyền giải quyết/).fill('Chủ tịch UBND phường');
  await page.getByRole('button', { name: 'Giao xử lý' }).click();
  await expect(page.locator('.case-page__status')).toContainText('Đã giao xử lý');
}
