-- Corrections of what a case says (its category, location or wording), each kept beside the original: the case row
-- holds the current values, and the first correction of a field holds, as "before", the value as submitted.
CREATE TABLE case_corrections (
    id           bigint IDENTITY(1, 1) NOT NULL CONSTRAINT pk_case_corrections PRIMARY KEY,
    case_id      bigint               NOT NULL CONSTRAINT fk_case_corrections_case REFERENCES cases (id),
    field        nvarchar(20)         NOT NULL,
    before_value nvarchar(max)        NULL,
    after_value  nvarchar(max)        NULL,
    reason       nvarchar(2000)       NOT NULL,
    actor        nvarchar(200)        NOT NULL,
    corrected_at datetimeoffset(7)    NOT NULL
);

CREATE INDEX ix_case_corrections_case ON case_corrections (case_id, id);
