import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatPercent, parseDate } from './format';
import { en, vi } from './messages';

describe('dates and numbers as written in Vietnam', () => {
  it('shows API dates as dd/MM/yyyy', () => {
    expect(formatDate('2026-04-20')).toBe('20/04/2026');
    expect(formatDate(null)).toBe('');
  });

  it("shows instants in Vietnam's time", () => {
    expect(formatDateTime('2026-04-10T02:05:00+00:00')).toBe('10/04/2026 09:05');
  });

  it('reads dd/mm/yyyy and refuses dates that do not exist', () => {
    expect(parseDate('17/04/2026')).toBe('2026-04-17');
    expect(parseDate('7/4/2026')).toBe('2026-04-07');
    expect(parseDate('31/02/2026')).toBeNull();
    expect(parseDate('2026-04-17')).toBeNull();
  });

  it('writes percentages with a decimal comma in Vietnamese', () => {
    expect(formatPercent(11 / 12, 'vi')).toBe('91,7%');
    expect(formatPercent(11 / 12, 'en')).toBe('91.7%');
  });

  it('has every Vietnamese message in English too, and Vietnamese with its diacritics', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    expect(vi['status.InProgress']).toBe('Đang xử lý');
    expect(vi['nav.submit']).toBe('Gửi kiến nghị');
  });
});
