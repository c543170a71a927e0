-- Marking a session reported registers its report: the report takes the ward's next number of the year
-- ("Số 03-BC/ĐU") and the signer chosen then.

ALTER TABLE sessions ADD COLUMN report_number INTEGER;
ALTER TABLE sessions ADD COLUMN report_year INTEGER;
ALTER TABLE sessions ADD COLUMN report_signer_id INTEGER REFERENCES signers (id);

CREATE UNIQUE INDEX ux_sessions_report_number ON sessions (ward_id, report_year, report_number) WHERE report_number IS NOT NULL;
