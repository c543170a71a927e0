import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CasesPage } from '../src/api/types';
import { check, dayFromToday, signIn } from './support';

// The dispatcher imports the meeting notice against the real API: the notice pasted as copied from Word (a copy of
// tests/Petitions.Api.Tests/Notices/thong-bao-quy-I-2026.txt), its preview corrected, a new session created with
// its 7 petitions and 12 cases, which then wait in triage.
const notice = readFileSync(join(import.meta.dirname, 'fixtures', 'thong-bao-quy-I-2026.txt'), 'utf8');
const code = '2026-Q1-TB';

test('the dispatcher pastes the notice, corrects the preview, confirms, and its cases wait in triage', async ({ browser }) => {
  const page = await signIn(browser, 'dispatcher');
  const before = Number((await page.getByRole('status').filter({ hasText: /nội dung$/ }).textContent())!.match(/\d+/)![0]);

  await page.getByRole('navigation').getByRole('link', { name: 'Nhập từ thông báo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nhập từ thông báo' })).toBeVisible();
  await page.getByRole('radio', { name: 'Dán nội dung phụ lục' }).check();
  await page.getByLabel(/^Nội dung phụ lục/).fill(notice);
  await check(page, 'notices-01-pasted');
  await page.getByRole('button', { name: 'Xem trước' }).click();

  const preview = page.getByRole('form', { name: 'Xem trước và sửa' });
  await expect(preview.getByRole('heading', { name: 'Xem trước và sửa' })).toBeFocused();
  await expect(preview.getByRole('group', { name: /^Kiến nghị số \d+$/ })).toHaveCount(7);
  await expect(preview).toContainText('7 kiến nghị, 12 nội dung; 2 tổ chức khớp tài khoản, 5 chưa khớp.');
  const first = preview.getByRole('group', { name: 'Kiến nghị số 1' });
  await expect(first.getByLabel(/^Họ và tên/)).toHaveValue('Nguyễn Bảo Bình');
  await expect(first.getByLabel(/^Khu vực/)).toHaveValue('Trung Hòa');
  await expect(preview.getByRole('radio', { name: /^Dùng hội nghị đã có: 2026-Q1/ })).toBeChecked();
  await check(page, 'notices-02-preview');

  // The seeded session 2026-Q1 already holds this appendix: import it into a new session instead, and correct one
  // item's category (the traffic jam in ngõ 232 is caused by encroaching shops).
  await preview.getByRole('radio', { name: 'Tạo hội nghị mới' }).check();
  await preview.getByLabel(/^Mã hội nghị/).fill(code);
  await expect(preview.getByLabel(/^Ngày họp/)).toHaveValue('2026-04-10');
  await expect(preview.getByLabel(/^Hạn trả lời/)).toHaveValue('2026-04-20');
  // That deadline has passed (the API runs on the real clock): a session past it takes no petitions, so give it one ahead.
  await preview.getByLabel(/^Hạn trả lời/).fill(dayFromToday(30));
  await preview.getByRole('group', { name: 'Kiến nghị 2, nội dung 1' }).getByLabel(/^Lĩnh vực/).selectOption('UrbanOrder');

  await preview.getByRole('button', { name: 'Nhập 7 kiến nghị' }).click();
  const ask = preview.getByRole('alert');
  await expect(ask).toContainText(`Tạo hội nghị ${code} cùng 7 kiến nghị, 12 nội dung?`);
  await expect(ask).toBeFocused();
  await check(page, 'notices-03-confirm');
  await ask.getByRole('button', { name: 'Xác nhận nhập' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã nhập' })).toContainText(`Đã nhập 7 kiến nghị, 12 nội dung vào hội nghị ${code}.`);
  await check(page, 'notices-04-done');

  await page.getByRole('link', { name: 'Mở Tiếp nhận, phân loại' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tiếp nhận, phân loại' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /nội dung$/ })).toHaveText(`${before + 12} nội dung`);
  const received = (await (await page.request.get('/api/cases?status=Received&limit=200')).json()) as CasesPage;
  const sessionId = Math.max(...received.items.map((c) => c.sessionId));
  const imported = received.items.filter((c) => c.sessionId === sessionId);
  expect(imported).toHaveLength(12);
  expect(imported.find((c) => c.text.startsWith('Tình trạng ùn tắc giao thông ngõ 232'))?.category).toBe('UrbanOrder');
  for (const c of imported) await expect(page.getByRole('link', { name: `Mở nội dung số ${c.id}` })).toBeVisible();
  await check(page, 'notices-05-triage');

  // The same notice again: the preview says so, and confirming creates nothing.
  await page.goto('/notices/import');
  await page.getByRole('radio', { name: 'Dán nội dung phụ lục' }).check();
  await page.getByLabel(/^Nội dung phụ lục/).fill(notice);
  await page.getByRole('button', { name: 'Xem trước' }).click();
  await expect(page.getByText('Thông báo này đã được nhập trước đây; xác nhận lại sẽ không tạo thêm gì.')).toBeVisible();
  await page.context().close();
});

test('the import screen at 360 px', async ({ browser }) => {
  const page = await signIn(browser, 'partyoffice', 360);
  await page.goto('/notices/import');
  await page.getByRole('radio', { name: 'Dán nội dung phụ lục' }).check();
  await page.getByLabel(/^Nội dung phụ lục/).fill(notice);
  await page.getByRole('button', { name: 'Xem trước' }).click();
  await expect(page.getByRole('group', { name: /^Kiến nghị số \d+$/ })).toHaveCount(7);
  await check(page, 'notices-360-preview');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
  await page.context().close();
});
