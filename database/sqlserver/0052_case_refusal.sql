-- Why the ward declined a case as not its to handle (status Refused); the group leader reads it. Null otherwise.
ALTER TABLE cases ADD refusal_reason nvarchar(2000) NULL;
