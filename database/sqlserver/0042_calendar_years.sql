-- A year whose holidays follow the rule has had its swapped days (ngày làm bù, ngày nghỉ bù) entered, possibly none,
-- by this administrator at this time; a year without a row warns the administrator.

CREATE TABLE calendar_years (
    year             int               NOT NULL CONSTRAINT pk_calendar_years PRIMARY KEY,
    swaps_entered_at datetimeoffset(7) NOT NULL,
    swaps_entered_by nvarchar(100)     NOT NULL
);
