-- billing: what a clearinghouse or a practice-management import needs on a claim line.
--
-- billing_diagnosis_choice: where the SNOMED CT to ICD-10-CM map (resources/billing/snomed-icd10cm.csv) offers
-- several codes for a patient's problem, the biller's choice, per patient and problem (the SNOMED CT code).
create table billing_diagnosis_choice (
    patient_id    uuid not null references patient(id) on delete cascade,
    practice_id   uuid not null references practice(id),
    snomed_code   text not null,
    icd10cm_code  text not null check (icd10cm_code ~ '^[A-TV-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$'),
    chosen_by     text not null,
    chosen_at     timestamp with time zone not null,
    primary key (patient_id, snomed_code)
);

-- The practice's fee schedule: the charge per CPT/HCPCS code (one unit), effective from a day, so a new year's
-- fees do not rewrite last year's statements.
create table practice_fee (
    practice_id     uuid not null references practice(id),
    cpt             text not null check (cpt ~ '^[0-9A-Z]{5}$'),
    cents           integer not null check (cents >= 0 and cents <= 10000000),
    effective_from  date not null,
    set_by          text not null,
    set_at          timestamp with time zone not null,
    primary key (practice_id, cpt, effective_from)
);

-- The group NPI and tax identification number the claim is billed under. Practice settings (identity) own these;
-- created here only if the practice settings have not added them yet.
alter table practice add column if not exists group_npi text;
alter table practice add column if not exists tin text;

alter table billing_statement_line
    add column medicare_id      text,
    add column group_npi        text,
    add column tin              text,
    add column place_of_service text,
    add column charge_cents     bigint;
