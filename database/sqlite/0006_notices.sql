-- Intake from the meeting notice: the notice kept with its session, the keyword table that suggests each item's
-- category and department, and the appendix's note (Ghi chú) on a petition.

-- A notice is stored when it is previewed (session_id NULL) and given its session when confirmed; its hash makes
-- the same file confirmed twice create nothing new.
CREATE TABLE session_documents (
    id           INTEGER PRIMARY KEY,
    ward_id      INTEGER NOT NULL REFERENCES wards (id),
    session_id   INTEGER REFERENCES sessions (id),
    name         TEXT    NOT NULL,
    media_type   TEXT    NOT NULL,
    content      BLOB    NOT NULL,
    hash         TEXT    NOT NULL,
    uploaded_at  TEXT    NOT NULL,
    uploaded_by  TEXT    NOT NULL,
    confirmed_at TEXT,
    UNIQUE (ward_id, hash)
);

CREATE INDEX ix_session_documents_session ON session_documents (session_id);

-- Folded keyword -> category (and optionally a department), tried in position order; the first that occurs wins.
CREATE TABLE notice_keywords (
    id            INTEGER PRIMARY KEY,
    ward_id       INTEGER NOT NULL REFERENCES wards (id),
    position      INTEGER NOT NULL,
    keyword       TEXT    NOT NULL,
    category      TEXT    NOT NULL REFERENCES categories (code),
    department_id INTEGER REFERENCES departments (id),
    UNIQUE (ward_id, position)
);

ALTER TABLE petitions ADD COLUMN note TEXT;
ALTER TABLE petitions ADD COLUMN notice_id INTEGER REFERENCES session_documents (id);
