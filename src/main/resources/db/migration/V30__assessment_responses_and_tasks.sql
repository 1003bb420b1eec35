-- assessment: each administered instrument with the answers as given and the result as scored.
create table assessment_response (
    id              uuid primary key,
    patient_id      uuid not null references patient(id) on delete cascade,
    practice_id     uuid not null references practice(id),
    instrument      text not null,
    instrument_title text not null,
    answers         jsonb not null,
    score           integer,
    severity        text,
    positive        boolean not null,
    flags           text[] not null default '{}',
    follow_ups      jsonb not null default '[]',
    administered_by uuid references app_user(id),
    administered_at timestamp with time zone not null,
    followed_up_at  timestamp with time zone,
    reviewed_by     uuid references app_user(id),
    reviewed_at     timestamp with time zone
);
create index assessment_response_patient_idx on assessment_response (patient_id, administered_at desc);
-- positive screens nobody has followed up yet feed the worklist and the provider inbox
create index assessment_response_open_positive_idx on assessment_response (practice_id, patient_id)
    where positive and followed_up_at is null;

-- assessment: social needs found by screens (SDOH), open until addressed.
create table social_need (
    id             uuid primary key,
    patient_id     uuid not null references patient(id) on delete cascade,
    practice_id    uuid not null references practice(id),
    assessment_id  uuid references assessment_response(id),
    domain         text not null,
    description    text not null,
    identified_at  timestamp with time zone not null,
    status         text not null default 'OPEN' check (status in ('OPEN', 'ADDRESSED', 'DECLINED')),
    unique (patient_id, domain, assessment_id)
);
create index social_need_patient_idx on social_need (patient_id) where status = 'OPEN';

-- task: the to-do items behind the worklist, owned by a person or waiting in a role's pool.
create table task (
    id            uuid primary key,
    practice_id   uuid not null references practice(id),
    patient_id    uuid references patient(id) on delete cascade,
    version       integer not null default 0,
    title         text not null,
    kind          text not null default 'FOLLOW_UP' check (kind in ('FOLLOW_UP', 'ESCALATION', 'OUTREACH', 'REVIEW', 'OTHER')),
    owner_id      uuid references app_user(id),
    role_pool     text check (role_pool in ('CARE_MANAGER', 'NURSE', 'PROVIDER', 'BILLER', 'ADMIN')),
    due_on        date not null,
    priority      text not null default 'ROUTINE' check (priority in ('ROUTINE', 'URGENT', 'ASAP', 'STAT')),
    status        text not null default 'OPEN' check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    notes         text,
    source        text,
    created_by    uuid references app_user(id),
    created_at    timestamp with time zone not null,
    completed_at  timestamp with time zone
);
create index task_open_owner_idx on task (owner_id, due_on) where status in ('OPEN', 'IN_PROGRESS');
create index task_open_pool_idx on task (practice_id, role_pool, due_on) where status in ('OPEN', 'IN_PROGRESS');
create index task_patient_idx on task (patient_id) where status in ('OPEN', 'IN_PROGRESS');
