-- Appointments the care manager arranges or learns of, their outcome, and how the patient gets there.
create table appointment (
    id                       uuid primary key,
    practice_id              uuid not null references practice(id),
    patient_id               uuid not null references patient(id) on delete cascade,
    kind                     text not null check (kind in ('PRIMARY_CARE', 'SPECIALIST', 'LAB', 'IMAGING',
                                                           'FACE_TO_FACE_AFTER_DISCHARGE', 'OTHER')),
    purpose                  text,
    starts_at                timestamp with time zone not null,
    location                 text,
    with_whom                text,
    arranged_by_care_manager boolean not null default false,
    status                   text not null check (status in ('SCHEDULED', 'KEPT', 'MISSED', 'CANCELLED')),
    outcome_note             text,
    outcome_recorded_by      uuid references app_user(id),
    outcome_recorded_at      timestamp with time zone,
    transport                text check (transport in ('FAMILY_OR_FRIEND', 'TRANSPORT_SERVICE', 'PUBLIC_TRANSIT',
                                                       'ON_THEIR_OWN')),
    transport_note           text,
    transport_referral_id    uuid,
    follow_up_task_id        uuid,
    created_by               uuid not null references app_user(id),
    created_at               timestamp with time zone not null,
    version                  integer not null default 0
);
create index appointment_patient_idx on appointment (patient_id, starts_at);
-- The worklist and the call page look for scheduled appointments of a panel around today.
create index appointment_scheduled_idx on appointment (patient_id, starts_at) where status = 'SCHEDULED';
