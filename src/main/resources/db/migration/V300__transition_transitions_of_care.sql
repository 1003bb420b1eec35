-- Transitions of care: a discharge to a community setting (or an ED visit without admission) that a hospital
-- reported, with the deadlines the TCM policy computed and the steps done on it. The stay's visit number is how a
-- later update or cancel from the same sender finds it.
create table transition (
    id                        uuid primary key,
    practice_id               uuid not null references practice(id),
    patient_id                uuid not null references patient(id) on delete cascade,
    kind                      text not null check (kind in ('DISCHARGE', 'ED_VISIT')),
    encounter_class           text not null check (encounter_class in ('INPATIENT', 'OBSERVATION', 'EMERGENCY')),
    facility                  text not null,
    visit_number              text,
    admitted_on               date,
    discharged_on             date not null,
    disposition_system        text,
    disposition_code          text,
    disposition_display       text,
    source                    text,
    contact_due_by            date not null,
    high_complexity_visit_by  date,
    face_to_face_due_by       date,
    period_ends_on            date,
    medications_reconciled_on date,
    reconciliation_id         uuid,
    face_to_face_on           date,
    decision_making           text check (decision_making in ('MODERATE', 'HIGH')),
    face_to_face_by           uuid references app_user(id),
    face_to_face_npi          text,
    withdrawn_at              timestamp with time zone,
    withdrawn_reason          text,
    phase                     text not null,
    opened_at                 timestamp with time zone not null,
    version                   integer not null
);
create unique index transition_visit_idx on transition (patient_id, kind, visit_number) where visit_number is not null;
create index transition_patient_idx on transition (patient_id, discharged_on desc);
create index transition_period_idx on transition (practice_id, period_ends_on) where kind = 'DISCHARGE';

-- The diagnoses the hospital listed, in its order.
create table transition_diagnosis (
    transition_id uuid not null references transition(id) on delete cascade,
    position      integer not null,
    code_system   text,
    code          text,
    display       text,
    primary key (transition_id, position)
);

-- Contacts after the discharge until the patient was first reached: the reaching one (interactive) and the
-- unsuccessful attempts before it; each names the interaction recorded in outreach.
create table transition_contact (
    id             uuid primary key,
    transition_id  uuid not null references transition(id) on delete cascade,
    contacted_on   date not null,
    occurred_at    timestamp with time zone not null,
    interactive    boolean not null,
    kind           text not null,
    outcome        text not null,
    interaction_id uuid,
    staff_id       uuid references app_user(id)
);
create unique index transition_contact_interaction_idx on transition_contact (transition_id, interaction_id)
    where interaction_id is not null;
create index transition_contact_transition_idx on transition_contact (transition_id, occurred_at);
