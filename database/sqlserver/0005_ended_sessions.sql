-- Sign-ins ended by signing out: a token or cookie naming one of these sessions is refused, though it has not expired.
-- A row is kept only while a token or cookie of that session could still be valid.

CREATE TABLE ended_sessions (
    session_id nvarchar(64)      NOT NULL CONSTRAINT pk_ended_sessions PRIMARY KEY,
    user_id    bigint            NOT NULL CONSTRAINT fk_ended_sessions_user REFERENCES users (id),
    ended_at   datetimeoffset(7) NOT NULL,
    expires_at datetimeoffset(7) NOT NULL
);

CREATE INDEX ix_ended_sessions_user ON ended_sessions (user_id, expires_at);
