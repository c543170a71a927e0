-- Users and their roles. A user with no ward is city-level: they may read every ward.

CREATE TABLE users (
    id              bigint IDENTITY(1,1) NOT NULL CONSTRAINT pk_users PRIMARY KEY,
    ward_id         bigint               NULL CONSTRAINT fk_users_ward REFERENCES wards (id),
    username        nvarchar(50)         NOT NULL CONSTRAINT uq_users_username UNIQUE,
    display_name    nvarchar(200)        NOT NULL,
    role            nvarchar(50)         NOT NULL,
    department_id   bigint               NULL CONSTRAINT fk_users_department REFERENCES departments (id),
    organisation    nvarchar(200)        NULL,
    password_hash   nvarchar(500)        NULL,
    is_disabled     bit                  NOT NULL CONSTRAINT df_users_is_disabled DEFAULT 0,
    failed_sign_ins int                  NOT NULL CONSTRAINT df_users_failed_sign_ins DEFAULT 0,
    locked_until    datetimeoffset(7)    NULL,
    -- Changes whenever access changes (password, role, disabling): tokens and cookies carrying the old one stop working.
    security_stamp  nvarchar(100)        NOT NULL,
    created_at      datetimeoffset(7)    NOT NULL,
    updated_at      datetimeoffset(7)    NOT NULL
);

CREATE INDEX ix_users_ward ON users (ward_id, id);
