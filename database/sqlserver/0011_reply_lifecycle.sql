-- A letter's life in an office: Draft -> Submitted (trình ký) -> Signed -> Registered (number and date given) -> Sent.
-- Replies issued before this script had their number and date and had gone out: they are Sent.
-- The draft's words of the letter (recipient, closing, "Nơi nhận", each item's result) are kept on the reply, not on
-- the cases; null prints the default.

UPDATE replies SET status = 'Sent' WHERE status = 'Issued';

ALTER TABLE replies ADD signer_id bigint NULL CONSTRAINT fk_replies_signer REFERENCES signers (id),
                        recipient nvarchar(1000) NULL,
                        closing nvarchar(max) NULL,
                        copies_to nvarchar(max) NULL;

ALTER TABLE reply_cases ADD result_wording nvarchar(max) NULL;

CREATE TABLE reply_events (
    id          bigint IDENTITY(1,1) NOT NULL CONSTRAINT pk_reply_events PRIMARY KEY,
    reply_id    bigint               NOT NULL CONSTRAINT fk_reply_events_reply REFERENCES replies (id),
    occurred_at datetimeoffset(7)    NOT NULL,
    actor       nvarchar(200)        NOT NULL,
    action      nvarchar(50)         NOT NULL,
    from_status nvarchar(50)         NULL,
    to_status   nvarchar(50)         NOT NULL,
    details     nvarchar(max)        NULL
);

CREATE INDEX ix_reply_events_reply ON reply_events (reply_id, id);
