-- Petitions schema (SQL Server). Forward-only: never edit a script once it has shipped; add the next number.
-- Mirrors database/sqlite/0001_schema.sql table for table and column for column, so the same Dapper SQL runs on both.
-- Text is always nvarchar (Vietnamese must round-trip); dates are date, timestamps datetimeoffset(7).
-- Every constraint is named (pk_, uq_, fk_, df_) so that a later script can drop or change it by name.

CREATE TABLE wards (
    id   bigint IDENTITY(1,1) NOT NULL CONSTRAINT pk_wards PRIMARY KEY,
    code nvarchar(50)         NOT NULL CONSTRAINT uq_wards_code UNIQUE,
    name nvarchar(200)        NOT NULL
);

CREATE TABLE departments (
    id         bigint IDENTITY(1,1) NOT NULL CONSTRAINT pk_departments PRIMARY KEY,
    ward_id    bigint               NOT NULL CONSTRAINT fk_departments_ward REFERENCES wards (id),
    code       nvarchar(50)         NOT NULL,
    short_name nvarchar(100)        NOT NULL,
    name       nvarchar(200)        NOT NULL,
    CONSTRAINT uq_departments_ward_code UNIQUE (ward_id, code)
);

CREATE TABLE categories (
    code    nvarchar(50)  NOT NULL CONSTRAINT pk_categories PRIMARY KEY,
    name    nvarchar(200) NOT NULL,
    name_en nvarchar(200) NOT NULL
);

-- Category -> default department is data, per ward, editable by an administrator.
CREATE TABLE category_departments (
    ward_id       bigint       NOT NULL CONSTRAINT fk_category_departments_ward REFERENCES wards (id),
    category      nvarchar(50) NOT NULL CONSTRAINT fk_category_departments_category REFERENCES categories (code),
    department_id bigint       NOT NULL CONSTRAINT fk_category_departments_department REFERENCES departments (id),
    CONSTRAINT pk_category_departments PRIMARY KEY (ward_id, category)
);

-- Public holidays, and the Saturdays the government makes working days in exchange (is_working_day = 1).
CREATE TABLE calendar_days (
    day            date          NOT NULL CONSTRAINT pk_calendar_days PRIMARY KEY,
    name           nvarchar(200) NOT NULL,
    is_working_day bit           NOT NULL CONSTRAINT df_calendar_days_is_working_day DEFAULT 0
);

CREATE TABLE sessions (
    id             bigint IDENTITY(1,1) NOT NULL CONSTRAINT pk_sessions PRIMARY KEY,
    ward_id        bigint               NOT NULL CONSTRAINT fk_sessions_ward REFERENCES wards (id),
    code           nvarchar(50)         NOT NULL,
    title          nvarchar(300)        NOT NULL,
    held_on        date                 NOT NULL,
    reply_deadline date                 NOT NULL,
    is_closed      bit                  NOT NULL CONSTRAINT df_sessions_is_closed DEFAULT 0,
    CONSTRAINT uq_sessions_ward_code UNIQUE (ward_id, code)
);

CREATE TABLE petitions (
    id              bigint IDENTITY(1,1) NOT NULL CONSTRAINT pk_petitions PRIMARY KEY,
    ward_id         bigint               NOT NULL CONSTRAINT fk_petitions_ward REFERENCES wards (id),
    session_id      bigint               NOT NULL CONSTRAINT fk_petitions_session REFERENCES sessions (id),
    number          int                  NOT NULL,
    submitter_name  nvarchar(200)        NOT NULL,
    submitter_title nvarchar(200)        NOT NULL,
    organisation    nvarchar(200)        NOT NULL,
    area            nvarchar(100)        NULL,
    lead_agency     nvarchar(300)        NOT NULL,
    submitted_at    datetimeoffset(7)    NOT NULL,
    submitted_by    nvarchar(200)        NOT NULL,
    idempotency_key nvarchar(100)        NULL,
    request_hash    nvarchar(100)        NULL,
    CONSTRAINT uq_petitions_session_number UNIQUE (session_id, number)
);

-- The idempotency key is unique per ward, checked by the insert itself (race-safe).
CREATE UNIQUE INDEX ux_petitions_idempotency ON petitions (ward_id, idempotency_key) WHERE idempotency_key IS NOT NULL;

CREATE TABLE cases (
    id                      bigint IDENTITY(1,1) NOT NULL CONSTRAINT pk_cases PRIMARY KEY,
    ward_id                 bigint               NOT NULL CONSTRAINT fk_cases_ward REFERENCES wards (id),
    session_id              bigint               NOT NULL CONSTRAINT fk_cases_session REFERENCES sessions (id),
    petition_id             bigint               NOT NULL CONSTRAINT fk_cases_petition REFERENCES petitions (id),
    item_number             int                  NOT NULL,
    text                    nvarchar(max)        NOT NULL,
    category                nvarchar(50)         NOT NULL CONSTRAINT fk_cases_category REFERENCES categories (code),
    location                nvarchar(300)        NULL,
    status                  nvarchar(50)         NOT NULL,
    suggested_department_id bigint               NULL CONSTRAINT fk_cases_suggested_department REFERENCES departments (id),
    department_id           bigint               NULL CONSTRAINT fk_cases_department REFERENCES departments (id),
    assignee                nvarchar(200)        NULL,
    task                    nvarchar(max)        NULL,
    responsible_head        nvarchar(200)        NULL,
    expected_result         nvarchar(max)        NULL,
    due_date                date                 NOT NULL,
    result                  nvarchar(max)        NULL,
    referred_to             nvarchar(300)        NULL,
    referral_letter         nvarchar(max)        NULL,
    replied_on              date                 NULL,
    search_text             nvarchar(max)        NOT NULL,
    version                 int                  NOT NULL CONSTRAINT df_cases_version DEFAULT 1,
    created_at              datetimeoffset(7)    NOT NULL,
    updated_at              datetimeoffset(7)    NOT NULL,
    CONSTRAINT uq_cases_petition_item UNIQUE (petition_id, item_number)
);

CREATE INDEX ix_cases_ward_id ON cases (ward_id, id);
CREATE INDEX ix_cases_ward_status ON cases (ward_id, status, id);
CREATE INDEX ix_cases_ward_department ON cases (ward_id, department_id, id);
CREATE INDEX ix_cases_ward_session ON cases (ward_id, session_id, id);

CREATE TABLE case_events (
    id          bigint IDENTITY(1,1) NOT NULL CONSTRAINT pk_case_events PRIMARY KEY,
    case_id     bigint               NOT NULL CONSTRAINT fk_case_events_case REFERENCES cases (id),
    occurred_at datetimeoffset(7)    NOT NULL,
    actor       nvarchar(200)        NOT NULL,
    action      nvarchar(50)         NOT NULL,
    from_status nvarchar(50)         NULL,
    to_status   nvarchar(50)         NOT NULL,
    details     nvarchar(max)        NULL
);

CREATE INDEX ix_case_events_case ON case_events (case_id, id);

CREATE TABLE replies (
    id          bigint IDENTITY(1,1) NOT NULL CONSTRAINT pk_replies PRIMARY KEY,
    ward_id     bigint               NOT NULL CONSTRAINT fk_replies_ward REFERENCES wards (id),
    petition_id bigint               NOT NULL CONSTRAINT fk_replies_petition REFERENCES petitions (id),
    subject     nvarchar(500)        NOT NULL,
    body        nvarchar(max)        NOT NULL,
    status      nvarchar(50)         NOT NULL,
    number      int                  NULL,
    year        int                  NULL,
    issued_on   date                 NULL,
    created_at  datetimeoffset(7)    NOT NULL,
    created_by  nvarchar(200)        NOT NULL,
    version     int                  NOT NULL CONSTRAINT df_replies_version DEFAULT 1
);

-- Reply numbers run per ward and year, never twice.
CREATE UNIQUE INDEX ux_replies_number ON replies (ward_id, year, number) WHERE number IS NOT NULL;

CREATE TABLE reply_cases (
    reply_id bigint NOT NULL CONSTRAINT fk_reply_cases_reply REFERENCES replies (id),
    case_id  bigint NOT NULL CONSTRAINT fk_reply_cases_case REFERENCES cases (id),
    CONSTRAINT pk_reply_cases PRIMARY KEY (reply_id, case_id)
);

CREATE INDEX ix_reply_cases_case ON reply_cases (case_id);
