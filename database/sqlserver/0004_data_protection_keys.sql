-- ASP.NET Core's data-protection keys (they sign the sign-in and antiforgery cookies), kept with the data so that
-- cookies survive a restart or a new copy of the app, and every instance on one database shares them.

CREATE TABLE data_protection_keys (
    id            bigint IDENTITY(1,1) NOT NULL CONSTRAINT pk_data_protection_keys PRIMARY KEY,
    friendly_name nvarchar(200)        NOT NULL,
    xml           nvarchar(max)        NOT NULL
);
