-- Where a calendar day comes from: 'seed' (seeds/holidays.json: a year the government announced in full, used as it
-- is) or 'admin' (a swapped day, ngày làm bù or ngày nghỉ bù, entered for a year whose holidays follow the rule).

ALTER TABLE calendar_days ADD COLUMN source TEXT NOT NULL DEFAULT 'seed';
