-- enrollment: a patient's place in a care-management program, with its billing practitioner and lifecycle.
create table enrollment (
    id                       uuid primary key,
    patient_id               uuid not null references patient(id) on delete cascade,
    practice_id              uuid not null references practice(id),
    program                  text not null check (program in ('CCM', 'PCM', 'RPM', 'BHI', 'TCM', 'APCM')),
    complex                  boolean not null default false,
    billing_practitioner_id  uuid not null references app_user(id),
    status                   text not null check (status in ('REFERRED', 'ELIGIBLE', 'CONSENT_PENDING', 'ACTIVE', 'PAUSED', 'DISENROLLED')),
    start_on                 date,
    end_on                   date,
    attested_by              uuid references app_user(id),
    attested_at              timestamp with time zone,
    attestation              text,
    qmb_verified_on          date,
    version                  integer not null default 0,
    created_at               timestamp with time zone not null
);
create index enrollment_patient_idx on enrollment (patient_id);
create index enrollment_practice_program_idx on enrollment (practice_id, program, status);
-- one open enrollment per patient and program
create unique index enrollment_one_open_per_program on enrollment (patient_id, program) where status <> 'DISENROLLED';

-- enrollment: every move of the lifecycle, with who, when and why.
create table enrollment_transition (
    id             bigint generated always as identity primary key,
    enrollment_id  uuid not null references enrollment(id) on delete cascade,
    from_status    text,
    to_status      text not null,
    reason         text not null,
    actor_id       uuid references app_user(id),
    at             timestamp with time zone not null
);
create index enrollment_transition_idx on enrollment_transition (enrollment_id, at);

-- enrollment: the patient's consent, given for one billing practitioner (a new practitioner needs a new consent).
create table consent (
    id                        uuid primary key,
    enrollment_id             uuid not null references enrollment(id) on delete cascade,
    billing_practitioner_id   uuid not null references app_user(id),
    method                    text not null check (method in ('VERBAL', 'WRITTEN')),
    obtained_on               date not null,
    obtained_by               uuid not null references app_user(id),
    cost_sharing_explained    boolean not null,
    one_practitioner_explained boolean not null,
    right_to_stop_explained   boolean not null,
    electronic_sharing_authorized boolean not null,
    language                  text,
    attachment_name           text,
    attachment                bytea,
    revoked_on                date,
    revoked_by                uuid references app_user(id),
    revocation_reason         text,
    recorded_at               timestamp with time zone not null
);
create index consent_enrollment_idx on consent (enrollment_id, obtained_on desc);
