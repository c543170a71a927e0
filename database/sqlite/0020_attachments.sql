-- Photos and PDFs attached to a case (at intake, or with its result) or to a reply (the signed scan). The file's
-- bytes live in the database beside their row, in the same transaction: a row never lacks its file, a file never
-- outlives its row, every instance on one SQL Server sees the same files and a backup of the database holds them.
CREATE TABLE attachments (
    id          INTEGER PRIMARY KEY,
    ward_id     INTEGER NOT NULL REFERENCES wards (id),
    case_id     INTEGER REFERENCES cases (id),
    reply_id    INTEGER REFERENCES replies (id),
    kind        TEXT    NOT NULL,
    name        TEXT    NOT NULL,
    media_type  TEXT    NOT NULL,
    size        INTEGER NOT NULL,
    width       INTEGER,
    height      INTEGER,
    hash        TEXT    NOT NULL,
    uploaded_at TEXT    NOT NULL,
    uploaded_by TEXT    NOT NULL,
    CHECK ((case_id IS NULL) <> (reply_id IS NULL))
);

CREATE INDEX ix_attachments_case ON attachments (case_id);
CREATE INDEX ix_attachments_reply ON attachments (reply_id);

-- The bytes, apart from the row so that listing attachments reads none of them: the stored original (an image
-- re-encoded without its metadata, a PDF as sent), and for an image its display size and thumbnail (JPEG).
CREATE TABLE attachment_files (
    attachment_id INTEGER NOT NULL REFERENCES attachments (id),
    variant       TEXT    NOT NULL,
    media_type    TEXT    NOT NULL,
    content       BLOB    NOT NULL,
    PRIMARY KEY (attachment_id, variant)
);
