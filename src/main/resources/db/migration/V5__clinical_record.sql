-- patient: the clinical record as it arrives from EHRs (problems, allergies, medications, immunizations,
-- procedures, family history, encounters, observations). source_key is the identity the row had at its
-- source (a bundle entry's fullUrl or resource id): importing the same record twice finds the same row.

create table condition (
    id                  uuid primary key,
    patient_id          uuid not null references patient(id) on delete cascade,
    source_key          text,
    snomed_code         text,
    icd10_code          text,
    code_system         text,
    code                text,
    display             text,
    category            text,
    clinical_status     text,
    verification_status text,
    onset_at            timestamp with time zone,
    abated_at           timestamp with time zone,
    recorded_on         date,
    encounter_id        uuid
);
create unique index condition_source_idx on condition (patient_id, source_key) where source_key is not null;
create index condition_patient_idx on condition (patient_id);

create table allergy (
    id               uuid primary key,
    patient_id       uuid not null references patient(id) on delete cascade,
    source_key       text,
    code_system      text,
    code             text,
    display          text,
    category         text,
    criticality      text,
    clinical_status  text,
    reaction         text,
    recorded_on      date
);
create unique index allergy_source_idx on allergy (patient_id, source_key) where source_key is not null;
create index allergy_patient_idx on allergy (patient_id);

create table medication (
    id            uuid primary key,
    patient_id    uuid not null references patient(id) on delete cascade,
    source_key    text,
    source_type   text not null check (source_type in ('MedicationRequest', 'MedicationStatement')),
    rxnorm_code   text,
    display       text,
    dose          text,
    status        text,
    intent        text,
    authored_at   timestamp with time zone,
    prescriber_id uuid,
    reason_code   text,
    encounter_id  uuid
);
create unique index medication_source_idx on medication (patient_id, source_key) where source_key is not null;
create index medication_patient_idx on medication (patient_id);

create table immunization (
    id           uuid primary key,
    patient_id   uuid not null references patient(id) on delete cascade,
    source_key   text,
    cvx_code     text,
    display      text,
    status       text,
    occurred_at  timestamp with time zone,
    encounter_id uuid
);
create unique index immunization_source_idx on immunization (patient_id, source_key) where source_key is not null;
create index immunization_patient_idx on immunization (patient_id);

create table clinical_procedure (
    id              uuid primary key,
    patient_id      uuid not null references patient(id) on delete cascade,
    source_key      text,
    code_system     text,
    code            text,
    display         text,
    status          text,
    performed_start timestamp with time zone,
    performed_end   timestamp with time zone,
    reason_code     text,
    encounter_id    uuid
);
create unique index clinical_procedure_source_idx on clinical_procedure (patient_id, source_key) where source_key is not null;
create index clinical_procedure_patient_idx on clinical_procedure (patient_id);

create table family_history (
    id                 uuid primary key,
    patient_id         uuid not null references patient(id) on delete cascade,
    source_key         text,
    relationship       text,
    condition_code     text,
    condition_system   text,
    condition_display  text,
    status             text
);
create unique index family_history_source_idx on family_history (patient_id, source_key) where source_key is not null;
create index family_history_patient_idx on family_history (patient_id);

create table encounter (
    id              uuid primary key,
    patient_id      uuid not null references patient(id) on delete cascade,
    source_key      text,
    status          text,
    class_code      text,
    type_system     text,
    type_code       text,
    type_display    text,
    period_start    timestamp with time zone,
    period_end      timestamp with time zone,
    reason_code     text,
    reason_display  text,
    practitioner_id uuid,
    organization_id uuid,
    location_id     uuid
);
create unique index encounter_source_idx on encounter (patient_id, source_key) where source_key is not null;
create index encounter_patient_idx on encounter (patient_id, period_start desc);

create table observation (
    id                uuid primary key,
    patient_id        uuid not null references patient(id) on delete cascade,
    source_key        text,
    status            text,
    category          text,
    code_system       text,
    code              text,
    display           text,
    value_quantity    numeric,
    value_unit        text,
    value_code        text,
    value_text        text,
    effective_at      timestamp with time zone,
    encounter_id      uuid
);
create unique index observation_source_idx on observation (patient_id, source_key) where source_key is not null;
create index observation_patient_code_idx on observation (patient_id, code, effective_at desc);

-- parts of a panel observation, such as systolic and diastolic pressure in a blood pressure panel.
create table observation_component (
    observation_id  uuid not null references observation(id) on delete cascade,
    position        integer not null,
    code_system     text,
    code            text,
    display         text,
    value_quantity  numeric,
    value_unit      text,
    value_code      text,
    value_text      text,
    primary key (observation_id, position)
);
