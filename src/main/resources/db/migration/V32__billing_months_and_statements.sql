-- billing: a practice's billing month, closed into versioned statements. Closing computes every enrolled
-- patient's lines from the stored data and locks the month's time entries; re-opening (ADMIN) is audited and
-- the next close writes a new statement version, so what was sent stays on record.
create table billing_month (
    practice_id      uuid not null references practice(id),
    month            text not null check (month ~ '^[0-9]{4}-[0-9]{2}$'),
    status           text not null check (status in ('OPEN', 'CLOSED')),
    current_version  integer not null default 0,
    closed_by        text,
    closed_at        timestamp with time zone,
    reopened_by      text,
    reopened_at      timestamp with time zone,
    reopen_reason    text,
    primary key (practice_id, month)
);

create table billing_statement (
    id            uuid primary key,
    practice_id   uuid not null references practice(id),
    month         text not null,
    version       integer not null,
    closed_by     text not null,
    closed_at     timestamp with time zone not null,
    patients      integer not null,
    unique (practice_id, month, version)
);

create table billing_statement_line (
    statement_id     uuid not null references billing_statement(id) on delete cascade,
    position         integer not null,
    patient_id       uuid not null,
    mrn              text not null,
    patient_name     text not null,
    birth_date       date not null,
    billing_npi      text,
    program          text not null,
    code             text not null,
    units            integer not null,
    date_of_service  date not null,
    diagnosis_codes  text,
    minutes          integer not null,
    explanation      text not null,
    primary key (statement_id, position)
);
create index billing_statement_line_patient_idx on billing_statement_line (patient_id);

create table billing_statement_refusal (
    statement_id  uuid not null references billing_statement(id) on delete cascade,
    position      integer not null,
    patient_id    uuid not null,
    program       text not null,
    reason        text not null,
    primary key (statement_id, position)
);
