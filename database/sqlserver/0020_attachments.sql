-- Photos and PDFs attached to a case (at intake, or with its result) or to a reply (the signed scan). The file's
-- bytes live in the database beside their row, in the same transaction: a row never lacks its file, a file never
-- outlives its row, every instance on one SQL Server sees the same files and a backup of the database holds them.
CREATE TABLE attachments (
    id          bigint IDENTITY(1,1) NOT NULL CONSTRAINT pk_attachments PRIMARY KEY,
    ward_id     bigint               NOT NULL CONSTRAINT fk_attachments_ward REFERENCES wards (id),
    case_id     bigint               NULL CONSTRAINT fk_attachments_case REFERENCES cases (id),
    reply_id    bigint               NULL CONSTRAINT fk_attachments_reply REFERENCES replies (id),
    kind        nvarchar(20)         NOT NULL,
    name        nvarchar(255)        NOT NULL,
    media_type  nvarchar(100)        NOT NULL,
    size        bigint               NOT NULL,
    width       int                  NULL,
    height      int                  NULL,
    hash        char(64)             NOT NULL,
    uploaded_at datetimeoffset(7)    NOT NULL,
    uploaded_by nvarchar(200)        NOT NULL,
    CONSTRAINT ck_attachments_owner CHECK ((case_id IS NULL AND reply_id IS NOT NULL) OR (case_id IS NOT NULL AND reply_id IS NULL))
);

CREATE INDEX ix_attachments_case ON attachments (case_id);
CREATE INDEX ix_attachments_reply ON attachments (reply_id);

-- The bytes, apart from the row so that listing attachments reads none of them: the stored original (an image
-- re-encoded without its metadata, a PDF as sent), and for an image its display size and thumbnail (JPEG).
CREATE TABLE attachment_files (
    attachment_id bigint         NOT NULL CONSTRAINT fk_attachment_files_attachment REFERENCES attachments (id),
    variant       nvarchar(20)   NOT NULL,
    media_type    nvarchar(100)  NOT NULL,
    content       varbinary(max) NOT NULL,
    CONSTRAINT pk_attachment_files PRIMARY KEY (attachment_id, variant)
);
