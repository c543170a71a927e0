-- Corrections of what a case says (its category, location or wording), each kept beside the original: the case row
-- holds the current values, and the first correction of a field holds, as "before", the value as submitted.
CREATE TABLE case_corrections (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases (id),
    field        TEXT    NOT NULL,
    before_value TEXT,
    after_value  TEXT,
    reason       TEXT    NOT NULL,
    actor        TEXT    NOT NULL,
    corrected_at TEXT    NOT NULL
);

CREATE INDEX ix_case_corrections_case ON case_corrections (case_id, id);
