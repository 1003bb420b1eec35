-- careplan: one living care plan per patient and program, every version kept, provider signatures, copies given.
create table care_plan (
    id                     uuid primary key,
    patient_id             uuid not null references patient(id),
    practice_id            uuid not null references practice(id),
    program                text not null check (program in ('CCM', 'PCM', 'RPM', 'BHI', 'APCM', 'TCM')),
    status                 text not null check (status in ('DRAFT', 'ACTIVE', 'COMPLETED')),
    version                integer not null,
    content                jsonb not null,
    next_review_on         date,
    sign_off               text not null check (sign_off in ('NEEDS_SIGN_OFF', 'AWAITING_SIGN_OFF', 'SIGNED')),
    sign_off_requested_at  timestamptz,
    sign_off_requested_by  text,
    established_on         date,
    created_at             timestamptz not null
);

-- a second living plan for the same patient and program is refused by the database too
create unique index care_plan_one_living_per_program on care_plan (patient_id, program) where status <> 'COMPLETED';
create index care_plan_practice_sign_off on care_plan (practice_id, sign_off);
create index care_plan_practice_review on care_plan (practice_id, next_review_on);

-- the history: each version's full content, who changed it, when, and what changed
create table care_plan_version (
    care_plan_id  uuid not null references care_plan(id),
    version       integer not null,
    changed_at    timestamptz not null,
    changed_by    text,
    summary       text not null,
    note          text,
    substantive   boolean not null,
    content       jsonb not null,
    primary key (care_plan_id, version)
);

create table care_plan_signature (
    care_plan_id   uuid not null references care_plan(id),
    version        integer not null,
    provider_id    uuid not null references app_user(id),
    provider_name  text not null,
    npi            text,
    signed_at      timestamptz not null,
    primary key (care_plan_id, version)
);

create table care_plan_copy (
    id            uuid primary key,
    care_plan_id  uuid not null references care_plan(id),
    version       integer not null,
    method        text not null check (method in ('MAIL', 'PORTAL', 'IN_PERSON', 'EMAIL', 'FAX')),
    given_on      date not null,
    given_to      text not null,
    recorded_by   text,
    recorded_at   timestamptz not null
);
create index care_plan_copy_plan on care_plan_copy (care_plan_id);
