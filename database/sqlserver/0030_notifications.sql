-- Notifications: what each user is told (the list in the web app), the outbox of messages to send in the same
-- transaction as the change that causes them, the daily digests already run, and the lease that lets one instance send.

ALTER TABLE users ADD
    email            nvarchar(320) NULL,
    -- Immediate (a message per notification), Digest (in the 07:30 digest) or None (the web app only).
    email_preference nvarchar(20)  NOT NULL CONSTRAINT df_users_email_preference DEFAULT 'Immediate';

CREATE TABLE notifications (
    id             bigint IDENTITY(1,1) NOT NULL CONSTRAINT pk_notifications PRIMARY KEY,
    user_id        bigint               NOT NULL CONSTRAINT fk_notifications_user REFERENCES users (id),
    kind           nvarchar(50)         NOT NULL,
    case_id        bigint               NULL CONSTRAINT fk_notifications_case REFERENCES cases (id),
    reply_id       bigint               NULL CONSTRAINT fk_notifications_reply REFERENCES replies (id),
    subject        nvarchar(400)        NOT NULL,
    body           nvarchar(max)        NOT NULL,
    link           nvarchar(400)        NOT NULL,
    created_at     datetimeoffset(7)    NOT NULL,
    read_at        datetimeoffset(7)    NULL,
    -- Waiting for the user's next digest (preference Digest).
    digest_pending bit                  NOT NULL CONSTRAINT df_notifications_digest_pending DEFAULT 0
);

CREATE INDEX ix_notifications_user ON notifications (user_id, id);
CREATE INDEX ix_notifications_unread ON notifications (user_id, kind) WHERE read_at IS NULL;
CREATE INDEX ix_notifications_digest ON notifications (user_id) WHERE digest_pending = 1;

-- Times here are UTC, so that the sender's comparisons hold on either engine.
CREATE TABLE outbox (
    id              bigint IDENTITY(1,1) NOT NULL CONSTRAINT pk_outbox PRIMARY KEY,
    notification_id bigint               NULL CONSTRAINT fk_outbox_notification REFERENCES notifications (id),
    user_id         bigint               NOT NULL CONSTRAINT fk_outbox_user REFERENCES users (id),
    channel         nvarchar(50)         NOT NULL,
    recipient       nvarchar(320)        NOT NULL,
    recipient_name  nvarchar(200)        NOT NULL,
    subject         nvarchar(400)        NOT NULL,
    body            nvarchar(max)        NOT NULL,
    link            nvarchar(400)        NOT NULL,
    message_id      nvarchar(200)        NOT NULL CONSTRAINT uq_outbox_message_id UNIQUE,
    created_at      datetimeoffset(7)    NOT NULL,
    attempts        int                  NOT NULL CONSTRAINT df_outbox_attempts DEFAULT 0,
    next_attempt_at datetimeoffset(7)    NOT NULL,
    sent_at         datetimeoffset(7)    NULL,
    failed_at       datetimeoffset(7)    NULL,
    last_error      nvarchar(2000)       NULL
);

CREATE INDEX ix_outbox_pending ON outbox (next_attempt_at, id) WHERE sent_at IS NULL AND failed_at IS NULL;

CREATE TABLE digest_runs (
    day    date              NOT NULL CONSTRAINT pk_digest_runs PRIMARY KEY,
    ran_at datetimeoffset(7) NOT NULL
);

CREATE TABLE leases (
    name       nvarchar(50)      NOT NULL CONSTRAINT pk_leases PRIMARY KEY,
    holder     nvarchar(200)     NOT NULL,
    expires_at datetimeoffset(7) NOT NULL
);

-- The menu counts: open cases of a department by status.
CREATE INDEX ix_cases_ward_department_status ON cases (ward_id, department_id, status);
