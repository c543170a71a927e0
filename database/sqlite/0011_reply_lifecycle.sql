-- A letter's life in an office: Draft -> Submitted (trình ký) -> Signed -> Registered (number and date given) -> Sent.
-- Replies issued before this script had their number and date and had gone out: they are Sent.
-- The draft's words of the letter (recipient, closing, "Nơi nhận", each item's result) are kept on the reply, not on
-- the cases; null prints the default.

UPDATE replies SET status = 'Sent' WHERE status = 'Issued';

ALTER TABLE replies ADD COLUMN signer_id INTEGER REFERENCES signers (id);
ALTER TABLE replies ADD COLUMN recipient TEXT;
ALTER TABLE replies ADD COLUMN closing TEXT;
ALTER TABLE replies ADD COLUMN copies_to TEXT;
ALTER TABLE reply_cases ADD COLUMN result_wording TEXT;

CREATE TABLE reply_events (
    id          INTEGER PRIMARY KEY,
    reply_id    INTEGER NOT NULL REFERENCES replies (id),
    occurred_at TEXT    NOT NULL,
    actor       TEXT    NOT NULL,
    action      TEXT    NOT NULL,
    from_status TEXT,
    to_status   TEXT    NOT NULL,
    details     TEXT
);

CREATE INDEX ix_reply_events_reply ON reply_events (reply_id, id);
