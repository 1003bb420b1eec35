-- caregap: each stored patient's standing on each care-gap measure, as last evaluated (on a record change or by
-- the sweep). Derived data: recomputed from the clinical record and assessments, never edited by hand.
create table care_gap (
    patient_id   uuid        not null,
    practice_id  uuid        not null,
    measure      text        not null,
    title        text        not null,
    status       text        not null check (status in ('DUE', 'SATISFIED', 'NOT_APPLICABLE', 'NOT_EVALUATED')),
    due_since    date,
    next_due     date,
    evidence     jsonb       not null default '[]',
    explanation  text        not null,
    evaluated_on date        not null,
    evaluated_at timestamptz not null,
    primary key (patient_id, measure)
);

create index care_gap_report_idx on care_gap (practice_id, measure, status);
