-- The Party Office marks a session reported once its report has gone to the Party Committee's standing members.

ALTER TABLE sessions ADD reported_on date NULL, reported_by nvarchar(50) NULL;
