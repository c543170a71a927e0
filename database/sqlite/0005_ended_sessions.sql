-- Sign-ins ended by signing out: a token or cookie naming one of these sessions is refused, though it has not expired.
-- A row is kept only while a token or cookie of that session could still be valid.

CREATE TABLE ended_sessions (
    session_id TEXT    NOT NULL PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id),
    ended_at   TEXT    NOT NULL,
    expires_at TEXT    NOT NULL
);

CREATE INDEX ix_ended_sessions_user ON ended_sessions (user_id, expires_at);
