-- The officials who sign a ward's letters and reports, and how they sign (Nghị định 30/2020, Hướng dẫn 36-HD/VPTW):
-- form is OnBehalf (TM.), Deputy (KT.), Acting (Q.) for the People's Committee, ByOrder (T/L) and
-- PartyOnBehalf (T/M) for the Party Committee. Each ward names its default signer of replies and of reports.

CREATE TABLE signers (
    id          INTEGER PRIMARY KEY,
    ward_id     INTEGER NOT NULL REFERENCES wards (id),
    name        TEXT    NOT NULL,
    position    TEXT    NOT NULL,
    form        TEXT    NOT NULL,
    is_disabled INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX ix_signers_ward ON signers (ward_id, id);

ALTER TABLE wards ADD COLUMN reply_signer_id INTEGER REFERENCES signers (id);
ALTER TABLE wards ADD COLUMN report_signer_id INTEGER REFERENCES signers (id);
