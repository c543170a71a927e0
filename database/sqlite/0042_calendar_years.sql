-- A year whose holidays follow the rule has had its swapped days (ngày làm bù, ngày nghỉ bù) entered, possibly none,
-- by this administrator at this time; a year without a row warns the administrator.

CREATE TABLE calendar_years (
    year             INTEGER PRIMARY KEY,
    swaps_entered_at TEXT    NOT NULL,
    swaps_entered_by TEXT    NOT NULL
);
