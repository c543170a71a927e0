-- Users and their roles. A user with no ward is city-level: they may read every ward.

CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    ward_id         INTEGER REFERENCES wards (id),
    username        TEXT    NOT NULL UNIQUE,
    display_name    TEXT    NOT NULL,
    role            TEXT    NOT NULL,
    department_id   INTEGER REFERENCES departments (id),
    organisation    TEXT,
    password_hash   TEXT,
    is_disabled     INTEGER NOT NULL DEFAULT 0,
    failed_sign_ins INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    -- Changes whenever access changes (password, role, disabling): tokens and cookies carrying the old one stop working.
    security_stamp  TEXT    NOT NULL,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
);

CREATE INDEX ix_users_ward ON users (ward_id, id);
