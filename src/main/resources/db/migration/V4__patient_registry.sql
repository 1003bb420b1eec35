-- patient: the registry (who the patient is, how to reach them, who cares for them).
create table patient (
    id                        uuid primary key,
    practice_id               uuid not null references practice(id),
    version                   integer not null default 0,
    mrn                       text not null,
    family_name               text not null,
    given_names               text not null,
    birth_date                date not null,
    sex                       text not null check (sex in ('female', 'male', 'other', 'unknown')),
    deceased_on               date,
    phone                     text,
    email                     text,
    preferred_contact_method  text check (preferred_contact_method in ('PHONE', 'SMS', 'EMAIL', 'PORTAL', 'MAIL')),
    best_time_to_call         text,
    preferred_language        text,
    interpreter_needed        boolean not null default false,
    address_line              text,
    city                      text,
    state                     text,
    postal_code               text,
    country                   text,
    assigned_care_manager_id  uuid references app_user(id),
    status                    text not null default 'ACTIVE' check (status in ('ACTIVE', 'INACTIVE', 'DECEASED')),
    source_key                text,
    created_at                timestamp with time zone not null default now(),
    updated_at                timestamp with time zone not null default now(),
    unique (practice_id, mrn)
);
create unique index patient_source_key_idx on patient (practice_id, source_key) where source_key is not null;
create index patient_name_idx on patient (practice_id, lower(family_name), lower(given_names));
create index patient_birth_date_idx on patient (practice_id, birth_date);
create index patient_care_manager_idx on patient (assigned_care_manager_id) where assigned_care_manager_id is not null;

-- MRNs the practice hands out when an imported record brings none.
create sequence patient_mrn_seq start with 100001;

create table patient_identifier (
    patient_id uuid not null references patient(id) on delete cascade,
    system     text not null,
    value      text not null,
    type       text,
    primary key (patient_id, system, value)
);
create index patient_identifier_lookup_idx on patient_identifier (system, value);

-- caregivers and emergency contacts, and whether they may hear about the patient's health.
create table patient_contact (
    id                     uuid primary key,
    patient_id             uuid not null references patient(id) on delete cascade,
    kind                   text not null check (kind in ('CAREGIVER', 'EMERGENCY')),
    name                   text not null,
    relation               text,
    phone                  text,
    may_receive_health_information boolean not null default false,
    position               integer not null default 0
);
create index patient_contact_patient_idx on patient_contact (patient_id);
