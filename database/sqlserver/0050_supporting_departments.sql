-- Departments that support a case's lead department (phối hợp): their officers see the case and add notes; only
-- the lead department (cases.department_id) works it. A lead is never also a supporter of the same case.
CREATE TABLE case_departments (
    case_id       bigint NOT NULL CONSTRAINT fk_case_departments_case REFERENCES cases (id),
    department_id bigint NOT NULL CONSTRAINT fk_case_departments_department REFERENCES departments (id),
    CONSTRAINT pk_case_departments PRIMARY KEY (case_id, department_id)
);

-- An officer's cases: those their department leads (ix_cases_ward_department) and those it supports.
CREATE INDEX ix_case_departments_department ON case_departments (department_id, case_id);
