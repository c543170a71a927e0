-- Intake from the meeting notice: the notice kept with its session, the keyword table that suggests each item's
-- category and department, and the appendix's note (Ghi chú) on a petition.

-- A notice is stored when it is previewed (session_id NULL) and given its session when confirmed; its hash makes
-- the same file confirmed twice create nothing new.
CREATE TABLE session_documents (
    id           bigint IDENTITY(1,1) NOT NULL CONSTRAINT pk_session_documents PRIMARY KEY,
    ward_id      bigint               NOT NULL CONSTRAINT fk_session_documents_ward REFERENCES wards (id),
    session_id   bigint               NULL CONSTRAINT fk_session_documents_session REFERENCES sessions (id),
    name         nvarchar(255)        NOT NULL,
    media_type   nvarchar(100)        NOT NULL,
    content      varbinary(max)       NOT NULL,
    hash         char(64)             NOT NULL,
    uploaded_at  datetimeoffset(7)    NOT NULL,
    uploaded_by  nvarchar(200)        NOT NULL,
    confirmed_at datetimeoffset(7)    NULL,
    CONSTRAINT uq_session_documents_ward_hash UNIQUE (ward_id, hash)
);

CREATE INDEX ix_session_documents_session ON session_documents (session_id);

-- Folded keyword -> category (and optionally a department), tried in position order; the first that occurs wins.
CREATE TABLE notice_keywords (
    id            bigint IDENTITY(1,1) NOT NULL CONSTRAINT pk_notice_keywords PRIMARY KEY,
    ward_id       bigint               NOT NULL CONSTRAINT fk_notice_keywords_ward REFERENCES wards (id),
    position      int                  NOT NULL,
    keyword       nvarchar(100)        NOT NULL,
    category      nvarchar(50)         NOT NULL CONSTRAINT fk_notice_keywords_category REFERENCES categories (code),
    department_id bigint               NULL CONSTRAINT fk_notice_keywords_department REFERENCES departments (id),
    CONSTRAINT uq_notice_keywords_ward_position UNIQUE (ward_id, position)
);

ALTER TABLE petitions ADD note nvarchar(1000) NULL, notice_id bigint NULL CONSTRAINT fk_petitions_notice REFERENCES session_documents (id);
