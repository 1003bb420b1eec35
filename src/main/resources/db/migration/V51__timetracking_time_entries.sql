-- timetracking: minutes of care-management work per patient, person, program and activity (CMS audit trail:
-- date, start and stop, who with which credential, what activity, which program).

-- btree_gist lets one exclusion constraint combine "same person" (=) with "overlapping time" (&&).
-- It is a trusted extension (PostgreSQL 13+), shipped with the embedded binaries and Debian's postgresql package.
create extension if not exists btree_gist;

create table time_entry (
    id               uuid primary key,
    patient_id       uuid not null references patient(id),
    practice_id      uuid not null references practice(id),
    staff_id         uuid not null references app_user(id),
    staff_name       text not null,
    staff_credential text,
    performer        text not null check (performer in ('CLINICAL_STAFF', 'BILLING_PRACTITIONER')),
    program          text not null check (program in ('CCM', 'PCM', 'RPM', 'BHI', 'APCM')),
    activity         text not null,
    started_at       timestamp with time zone not null,
    ended_at         timestamp with time zone not null,
    service_date     date not null,
    minutes          integer not null check (minutes > 0),
    interaction_id   uuid references interaction(id),
    notes            text,
    amendment        boolean not null default false,
    amends           uuid references time_entry(id),
    withdrawn        boolean not null default false,
    version          integer not null default 0,
    recorded_by      uuid not null references app_user(id),
    recorded_at      timestamp with time zone not null,
    revised_by       uuid references app_user(id),
    revised_at       timestamp with time zone,
    constraint time_entry_ends_after_start check (ended_at > started_at),
    -- one person cannot spend the same minute on two things: no double counting
    constraint time_entry_no_overlap exclude using gist
        (staff_id with =, tstzrange(started_at, ended_at) with &&) where (not withdrawn)
);
-- the month close reads a whole practice-month in one range scan
create index time_entry_practice_month_idx on time_entry (practice_id, service_date);
create index time_entry_patient_month_idx on time_entry (patient_id, service_date);

-- every version of every entry, the first included: edits after the fact keep the original and who changed it
create table time_entry_revision (
    entry_id        uuid not null references time_entry(id),
    version         integer not null,
    program         text not null,
    activity        text not null,
    started_at      timestamp with time zone not null,
    ended_at        timestamp with time zone not null,
    service_date    date not null,
    minutes         integer not null,
    interaction_id  uuid,
    notes           text,
    withdrawn       boolean not null,
    changed_by      uuid not null references app_user(id),
    changed_by_name text not null,
    changed_at      timestamp with time zone not null,
    primary key (entry_id, version)
);

create function time_entry_revision_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'time entry revisions are never changed or deleted';
end $$;
create trigger time_entry_revision_append_only before update or delete on time_entry_revision
    for each row execute function time_entry_revision_is_append_only();

-- months whose time was closed for billing; entries dated in them no longer change
create table time_month_closed (
    practice_id uuid not null references practice(id),
    month       date not null check (extract(day from month) = 1),
    closed_at   timestamp with time zone not null,
    closed_by   text,
    primary key (practice_id, month)
);

-- running timers, at most one per person; stopping one turns it into a time entry
create table time_timer (
    id             uuid primary key,
    staff_id       uuid not null unique references app_user(id),
    patient_id     uuid not null references patient(id),
    practice_id    uuid not null references practice(id),
    program        text not null,
    activity       text not null,
    interaction_id uuid references interaction(id),
    started_at     timestamp with time zone not null
);
