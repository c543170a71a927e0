-- The officials who sign a ward's letters and reports, and how they sign (Nghị định 30/2020, Hướng dẫn 36-HD/VPTW):
-- form is OnBehalf (TM.), Deputy (KT.), Acting (Q.) for the People's Committee, ByOrder (T/L) and
-- PartyOnBehalf (T/M) for the Party Committee. Each ward names its default signer of replies and of reports.

CREATE TABLE signers (
    id          bigint IDENTITY(1,1) NOT NULL CONSTRAINT pk_signers PRIMARY KEY,
    ward_id     bigint               NOT NULL CONSTRAINT fk_signers_ward REFERENCES wards (id),
    name        nvarchar(200)        NOT NULL,
    position    nvarchar(200)        NOT NULL,
    form        nvarchar(50)         NOT NULL,
    is_disabled bit                  NOT NULL CONSTRAINT df_signers_disabled DEFAULT 0
);

CREATE INDEX ix_signers_ward ON signers (ward_id, id);
GO

ALTER TABLE wards ADD reply_signer_id bigint NULL CONSTRAINT fk_wards_reply_signer REFERENCES signers (id),
                      report_signer_id bigint NULL CONSTRAINT fk_wards_report_signer REFERENCES signers (id);
