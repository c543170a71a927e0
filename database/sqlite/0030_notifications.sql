-- Notifications: what each user is told (the list in the web app), the outbox of messages to send in the same
-- transaction as the change that causes them, the daily digests already run, and the lease that lets one instance send.

ALTER TABLE users ADD COLUMN email TEXT;
-- Immediate (a message per notification), Digest (in the 07:30 digest) or None (the web app only).
ALTER TABLE users ADD COLUMN email_preference TEXT NOT NULL DEFAULT 'Immediate';

CREATE TABLE notifications (
    id             INTEGER PRIMARY KEY,
    user_id        INTEGER NOT NULL REFERENCES users (id),
    kind           TEXT    NOT NULL,
    case_id        INTEGER REFERENCES cases (id),
    reply_id       INTEGER REFERENCES replies (id),
    subject        TEXT    NOT NULL,
    body           TEXT    NOT NULL,
    link           TEXT    NOT NULL,
    created_at     TEXT    NOT NULL,
    read_at        TEXT,
    -- Waiting for the user's next digest (preference Digest).
    digest_pending INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX ix_notifications_user ON notifications (user_id, id);
CREATE INDEX ix_notifications_unread ON notifications (user_id, kind) WHERE read_at IS NULL;
CREATE INDEX ix_notifications_digest ON notifications (user_id) WHERE digest_pending = 1;

-- Times here are UTC, so that the sender's comparisons hold on either engine.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    notification_id INTEGER REFERENCES notifications (id),
    user_id         INTEGER NOT NULL REFERENCES users (id),
    channel         TEXT    NOT NULL,
    recipient       TEXT    NOT NULL,
    recipient_name  TEXT    NOT NULL,
    subject         TEXT    NOT NULL,
    body            TEXT    NOT NULL,
    link            TEXT    NOT NULL,
    message_id      TEXT    NOT NULL UNIQUE,
    created_at      TEXT    NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT    NOT NULL,
    sent_at         TEXT,
    failed_at       TEXT,
    last_error      TEXT
);

CREATE INDEX ix_outbox_pending ON outbox (next_attempt_at, id) WHERE sent_at IS NULL AND failed_at IS NULL;

CREATE TABLE digest_runs (
    day    TEXT NOT NULL PRIMARY KEY,
    ran_at TEXT NOT NULL
);

CREATE TABLE leases (
    name       TEXT NOT NULL PRIMARY KEY,
    holder     TEXT NOT NULL,
    expires_at TEXT NOT NULL
);

-- The menu counts: open cases of a department by status.
CREATE INDEX ix_cases_ward_department_status ON cases (ward_id, department_id, status);
