-- The Party Office marks a session reported once its report has gone to the Party Committee's standing members.

ALTER TABLE sessions ADD COLUMN reported_on TEXT;
ALTER TABLE sessions ADD COLUMN reported_by TEXT;
