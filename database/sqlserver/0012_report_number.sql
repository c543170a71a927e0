-- Marking a session reported registers its report: the report takes the ward's next number of the year
-- ("Số 03-BC/ĐU") and the signer chosen then.

ALTER TABLE sessions ADD report_number int NULL, report_year int NULL,
                         report_signer_id bigint NULL CONSTRAINT fk_sessions_report_signer REFERENCES signers (id);
GO

CREATE UNIQUE INDEX ux_sessions_report_number ON sessions (ward_id, report_year, report_number) WHERE report_number IS NOT NULL;
