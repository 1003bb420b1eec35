-- Patient education. The shipped library is data on the classpath (education/library.json); what an administrator
-- adds for a practice is kept here, with the reading grade computed when it is added.
create table education_material (
    id            uuid primary key,
    practice_id   uuid not null references practice(id),
    title         text not null,
    topic         text not null,
    language      text not null,
    format        text not null check (format in ('HANDOUT', 'VIDEO', 'WEB_PAGE')),
    source_name   text not null,
    source_url    text,
    body          text not null,
    reading_grade numeric(4, 1),
    added_by      uuid not null references app_user(id),
    added_at      timestamp with time zone not null
);
create index education_material_practice_idx on education_material (practice_id);

-- A material given to a patient, on a call or for a care-plan intervention. The title and language are kept as
-- they were when assigned, so the chart says what was taught even after the library changes.
create table education_assignment (
    id                uuid primary key,
    practice_id       uuid not null references practice(id),
    patient_id        uuid not null references patient(id) on delete cascade,
    material_id       text not null,
    material_title    text not null,
    material_language text not null,
    care_plan_id      uuid,
    intervention_id   text,
    intervention      text,
    status            text not null check (status in ('ASSIGNED', 'NEEDS_REINFORCEMENT', 'UNDERSTOOD')),
    assigned_by       uuid not null references app_user(id),
    assigned_at       timestamp with time zone not null,
    copy_emailed_to   text,
    copy_emailed_at   timestamp with time zone,
    version           integer not null default 0
);
create index education_assignment_patient_idx on education_assignment (patient_id, assigned_at desc);

-- Each teach-back: who taught whom, what came of it, and the minutes logged for it (as CCM time, if any).
create table education_teach_back (
    id            uuid primary key,
    assignment_id uuid not null references education_assignment(id) on delete cascade,
    taught_by     uuid not null references app_user(id),
    taught_to     text not null check (taught_to in ('PATIENT', 'CAREGIVER')),
    result        text not null check (result in ('UNDERSTOOD', 'NEEDS_REINFORCEMENT', 'NOT_DONE')),
    note          text,
    taught_at     timestamp with time zone not null,
    minutes       integer check (minutes between 1 and 120),
    time_entry_id uuid,
    recorded_at   timestamp with time zone not null
);
create index education_teach_back_assignment_idx on education_teach_back (assignment_id, taught_at);
