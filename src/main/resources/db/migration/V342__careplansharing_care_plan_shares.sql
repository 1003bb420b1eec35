-- careplansharing: each time a care plan was shared with the care team outside the practice: which plan and version,
-- with whom (the address it went to, the directory practitioner when chosen), how (e-mail or FHIR bundle), by whom
-- and when. A FHIR share keeps the bundle as it was handed over.
create table care_plan_share (
    id               uuid primary key,
    patient_id       uuid not null references patient(id) on delete cascade,
    practice_id      uuid not null references practice(id),
    care_plan_id     uuid not null references care_plan(id) on delete cascade,
    program          text not null,
    plan_version     integer not null,
    recipient_name   text not null,
    recipient_email  text,
    practitioner_id  uuid references practitioner(id),
    method           text not null check (method in ('EMAIL', 'FHIR_BUNDLE')),
    bundle           text,
    shared_by        uuid not null references app_user(id),
    shared_at        timestamp with time zone not null,
    check (method <> 'EMAIL' or recipient_email is not null),
    check ((method = 'FHIR_BUNDLE') = (bundle is not null))
);
create index care_plan_share_plan_idx on care_plan_share (care_plan_id, shared_at desc);
create index care_plan_share_patient_idx on care_plan_share (patient_id, shared_at desc);
