import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const password = 'petitions-demo';
/** Screenshots of every step, kept as test artefacts (gitignored). */
export const artifacts = join(import.meta.dirname, '..', 'e2e-artifacts');
mkdirSync(artifacts, { recursive: true });

export async function signIn(browser: Browser, username: string, width = 1280, secret = password): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(secret);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).not.toHaveURL(/sign-in/);
  return page;
}

/** A day counted from today, yyyy-MM-dd: the API runs on the real clock here, so sessions are dated from it. */
export const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Development's demo session for the current quarter (the appendix's 2026-Q1 has passed its deadline). */
export const demoQuarter = /\(dữ liệu mẫu\)$/;

/** Chooses, in a session picker, the option whose text matches. */
export async function chooseSession(page: Page, label: string | RegExp, option: RegExp) {
  const picker = page.getByLabel(label);
  const text = await picker.locator('option', { hasText: option }).first().textContent();
  await picker.selectOption({ label: text ?? '' });
}

/** A screenshot of the step, and no serious or critical accessibility violation on the screen. */
export async function check(page: Page, name: string) {
  await expect(page.locator('.loading')).toHaveCount(0);
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `accessibility on ${name}`,
  ).toEqual([]);
}
