-- Petitions schema (SQLite). Forward-only: never edit a script once it has shipped; add the next number.

CREATE TABLE wards (
    id   INTEGER PRIMARY KEY,
    code TEXT    NOT NULL UNIQUE,
    name TEXT    NOT NULL
);

CREATE TABLE departments (
    id      INTEGER PRIMARY KEY,
    ward_id    INTEGER NOT NULL REFERENCES wards (id),
    code       TEXT    NOT NULL,
    short_name TEXT    NOT NULL,
    name       TEXT    NOT NULL,
    UNIQUE (ward_id, code)
);

CREATE TABLE categories (
    code    TEXT PRIMARY KEY,
    name    TEXT NOT NULL,
    name_en TEXT NOT NULL
);

-- Category -> default department is data, per ward, editable by an administrator.
CREATE TABLE category_departments (
    ward_id       INTEGER NOT NULL REFERENCES wards (id),
    category      TEXT    NOT NULL REFERENCES categories (code),
    department_id INTEGER NOT NULL REFERENCES departments (id),
    PRIMARY KEY (ward_id, category)
);

-- Public holidays, and the Saturdays the government makes working days in exchange (is_working_day = 1).
CREATE TABLE calendar_days (
    day            TEXT    PRIMARY KEY,
    name           TEXT    NOT NULL,
    is_working_day INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE sessions (
    id             INTEGER PRIMARY KEY,
    ward_id        INTEGER NOT NULL REFERENCES wards (id),
    code           TEXT    NOT NULL,
    title          TEXT    NOT NULL,
    held_on        TEXT    NOT NULL,
    reply_deadline TEXT    NOT NULL,
    is_closed      INTEGER NOT NULL DEFAULT 0,
    UNIQUE (ward_id, code)
);

CREATE TABLE petitions (
    id                INTEGER PRIMARY KEY,
    ward_id           INTEGER NOT NULL REFERENCES wards (id),
    session_id        INTEGER NOT NULL REFERENCES sessions (id),
    number            INTEGER NOT NULL,
    submitter_name    TEXT    NOT NULL,
    submitter_title   TEXT    NOT NULL,
    organisation      TEXT    NOT NULL,
    area              TEXT,
    lead_agency       TEXT    NOT NULL,
    submitted_at      TEXT    NOT NULL,
    submitted_by      TEXT    NOT NULL,
    idempotency_key   TEXT,
    request_hash      TEXT,
    UNIQUE (session_id, number)
);

-- The idempotency key is unique per ward, checked by the insert itself (race-safe).
CREATE UNIQUE INDEX ux_petitions_idempotency ON petitions (ward_id, idempotency_key) WHERE idempotency_key IS NOT NULL;

CREATE TABLE cases (
    id                      INTEGER PRIMARY KEY,
    ward_id                 INTEGER NOT NULL REFERENCES wards (id),
    session_id              INTEGER NOT NULL REFERENCES sessions (id),
    petition_id             INTEGER NOT NULL REFERENCES petitions (id),
    item_number             INTEGER NOT NULL,
    text                    TEXT    NOT NULL,
    category                TEXT    NOT NULL REFERENCES categories (code),
    location                TEXT,
    status                  TEXT    NOT NULL,
    suggested_department_id INTEGER REFERENCES departments (id),
    department_id           INTEGER REFERENCES departments (id),
    assignee                TEXT,
    task                    TEXT,
    responsible_head        TEXT,
    expected_result         TEXT,
    due_date                TEXT    NOT NULL,
    result                  TEXT,
    referred_to             TEXT,
    referral_letter         TEXT,
    replied_on              TEXT,
    search_text             TEXT    NOT NULL,
    version                 INTEGER NOT NULL DEFAULT 1,
    created_at              TEXT    NOT NULL,
    updated_at              TEXT    NOT NULL,
    UNIQUE (petition_id, item_number)
);

CREATE INDEX ix_cases_ward_id ON cases (ward_id, id);
CREATE INDEX ix_cases_ward_status ON cases (ward_id, status, id);
CREATE INDEX ix_cases_ward_department ON cases (ward_id, department_id, id);
CREATE INDEX ix_cases_ward_session ON cases (ward_id, session_id, id);

CREATE TABLE case_events (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id),
    occurred_at TEXT    NOT NULL,
    actor       TEXT    NOT NULL,
    action      TEXT    NOT NULL,
    from_status TEXT,
    to_status   TEXT    NOT NULL,
    details     TEXT
);

CREATE INDEX ix_case_events_case ON case_events (case_id, id);

CREATE TABLE replies (
    id          INTEGER PRIMARY KEY,
    ward_id     INTEGER NOT NULL REFERENCES wards (id),
    petition_id INTEGER NOT NULL REFERENCES petitions (id),
    subject     TEXT    NOT NULL,
    body        TEXT    NOT NULL,
    status      TEXT    NOT NULL,
    number      INTEGER,
    year        INTEGER,
    issued_on   TEXT,
    created_at  TEXT    NOT NULL,
    created_by  TEXT    NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1
);

-- Reply numbers run per ward and year, never twice.
CREATE UNIQUE INDEX ux_replies_number ON replies (ward_id, year, number) WHERE number IS NOT NULL;

CREATE TABLE reply_cases (
    reply_id INTEGER NOT NULL REFERENCES replies (id),
    case_id  INTEGER NOT NULL REFERENCES cases (id),
    PRIMARY KEY (reply_id, case_id)
);

CREATE INDEX ix_reply_cases_case ON reply_cases (case_id);
