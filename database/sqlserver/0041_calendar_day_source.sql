-- Where a calendar day comes from: 'seed' (seeds/holidays.json: a year the government announced in full, used as it
-- is) or 'admin' (a swapped day, ngày làm bù or ngày nghỉ bù, entered for a year whose holidays follow the rule).

ALTER TABLE calendar_days ADD source nvarchar(10) NOT NULL CONSTRAINT df_calendar_days_source DEFAULT 'seed';
