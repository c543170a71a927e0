import { expect, test, type Page } from '@playwright/test';
import { check, dayFromToday, demoQuarter, signIn } from './support';

// The Admin's sessions screen against the real API: a session opened in the browser is offered to group leaders,
// and once its intake is closed it is no longer offered and a petition sent to it is refused.
test.describe.serial('the admin opens a session and closes its intake', () => {
  const code = '2026-Q2';
  const title = 'Hội nghị giao ban quý II/2026';

  async function petitionForm(page: Page) {
    await page.goto('/petitions/new');
    await expect(page.getByRole('heading', { level: 1, name: 'Gửi kiến nghị' })).toBeVisible();
    return page.getByLabel(/^Hội nghị, đợt tiếp nhận/);
  }

  test('the admin opens session 2026-Q2 and it appears in the list', async ({ browser }) => {
    const admin = await signIn(browser, 'admin');
    await admin.getByRole('navigation').getByRole('link', { name: 'Hội nghị' }).click();
    await expect(admin.getByRole('heading', { level: 1, name: 'Hội nghị và phân loại' })).toBeVisible();
    // The appendix's session is past its reply deadline: it takes no petitions though its intake was never closed.
    await expect(admin.getByRole('listitem', { name: '2026-Q1', exact: true })).toContainText('Đã qua hạn trả lời, không nhận kiến nghị');
    await check(admin, 'sessions-01-list');

    await admin.getByRole('button', { name: 'Mở hội nghị mới' }).click();
    const form = admin.getByRole('form', { name: 'Hội nghị mới' });
    await form.getByLabel(/^Mã hội nghị/).fill(code);
    await form.getByLabel(/^Tên hội nghị/).fill(title);
    await form.getByLabel(/^Ngày họp/).fill(dayFromToday(0));
    await form.getByLabel(/^Hạn trả lời/).fill(dayFromToday(60));
    await check(admin, 'sessions-02-create-form');
    await form.getByRole('button', { name: 'Mở hội nghị' }).click();
    await expect(admin.getByText(`Đã mở hội nghị ${code}.`, { exact: false })).toBeVisible();
    const card = admin.getByRole('listitem', { name: code });
    await expect(card).toContainText(title);
    await expect(card).toContainText('Đang nhận kiến nghị');
    await check(admin, 'sessions-03-created');

    // The same code again is refused at its field.
    await admin.getByRole('button', { name: 'Mở hội nghị mới' }).click();
    await form.getByLabel(/^Mã hội nghị/).fill(code);
    await form.getByLabel(/^Tên hội nghị/).fill('Trùng mã');
    await form.getByLabel(/^Ngày họp/).fill(dayFromToday(0));
    await form.getByLabel(/^Hạn trả lời/).fill(dayFromToday(60));
    await form.getByRole('button', { name: 'Mở hội nghị' }).click();
    await expect(form.getByText(`Phường đã có hội nghị mã ${code}.`)).toBeVisible();
    await form.getByRole('button', { name: 'Hủy' }).click();
    await admin.context().close();
  });

  test('once the admin closes its intake, a group leader is no longer offered it and is refused', async ({ browser }) => {
    // The leader starts a petition to the new session while it is open.
    const leader = await signIn(browser, 'leader19');
    const session = await petitionForm(leader);
    await expect(session.getByRole('option', { name: title, exact: true })).toHaveCount(1);
    await session.selectOption({ label: title });
    await leader.getByRole('group', { name: 'Nội dung 1' }).getByLabel(/^Nội dung/).fill('Đề nghị sửa vỉa hè ngõ 12');

    const admin = await signIn(browser, 'admin');
    await admin.goto('/sessions');
    const card = admin.getByRole('listitem', { name: code });
    await card.getByRole('button', { name: `Đóng tiếp nhận hội nghị ${code}` }).click();
    await expect(card.getByRole('alert')).toContainText(`Đóng tiếp nhận hội nghị ${code}?`);
    await check(admin, 'sessions-04-confirm-close');
    await card.getByRole('button', { name: 'Đóng tiếp nhận', exact: true }).click();
    await expect(card).toContainText('Đã đóng tiếp nhận');
    await expect(card.getByRole('button', { name: `Mở lại tiếp nhận hội nghị ${code}` })).toBeVisible();
    await check(admin, 'sessions-05-closed');
    await admin.context().close();

    // The form that was already open is refused by the API...
    await leader.getByRole('button', { name: 'Gửi kiến nghị' }).click();
    await expect(leader.getByRole('alert')).toContainText('Không thực hiện được');
    await expect(leader.getByRole('alert')).toContainText(`Hội nghị ${code} đã đóng tiếp nhận, không nhận thêm kiến nghị.`);
    // ...and a fresh form offers only the sessions still taking petitions.
    const again = await petitionForm(leader);
    await expect(again.getByRole('option', { name: title, exact: true })).toHaveCount(0);
    // The current quarter's demo session still is (and e2e/notices.spec.ts's 2026-Q1-TB, opened with a deadline ahead).
    await expect(again.getByRole('option', { name: demoQuarter })).toHaveCount(1);
    await leader.context().close();
  });
});
