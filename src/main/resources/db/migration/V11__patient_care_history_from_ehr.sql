-- patient: care plans, care teams, goals and questionnaire answers as the patient's EHR recorded them.
-- They are history to read, not CareLoop's own care plan: the care manager sees what other clinicians
-- planned and who was on the team. Relational columns for what a worklist filters on; nested detail as jsonb.

create table ehr_care_team (
    id                        uuid primary key,
    patient_id                uuid not null references patient(id) on delete cascade,
    source_key                text,
    status                    text,
    name                      text,
    period_start              timestamp with time zone,
    period_end                timestamp with time zone,
    reason_code               text,
    reason_display            text,
    managing_organization_id  uuid,
    encounter_id              uuid,
    participants              jsonb not null default '[]'
);
create unique index ehr_care_team_source_idx on ehr_care_team (patient_id, source_key) where source_key is not null;
create index ehr_care_team_patient_idx on ehr_care_team (patient_id);

create table ehr_care_plan (
    id                uuid primary key,
    patient_id        uuid not null references patient(id) on delete cascade,
    source_key        text,
    status            text,
    intent            text,
    category_code     text,
    category_display  text,
    title             text,
    period_start      timestamp with time zone,
    period_end        timestamp with time zone,
    encounter_id      uuid,
    care_team_ids     uuid[],
    addresses         jsonb not null default '[]',
    activities        jsonb not null default '[]'
);
create unique index ehr_care_plan_source_idx on ehr_care_plan (patient_id, source_key) where source_key is not null;
create index ehr_care_plan_patient_idx on ehr_care_plan (patient_id);

create table ehr_goal (
    id                  uuid primary key,
    patient_id          uuid not null references patient(id) on delete cascade,
    source_key          text,
    lifecycle_status    text,
    achievement_status  text,
    description         text,
    start_on            date,
    due_on              date,
    addresses           jsonb not null default '[]',
    targets             jsonb not null default '[]'
);
create unique index ehr_goal_source_idx on ehr_goal (patient_id, source_key) where source_key is not null;
create index ehr_goal_patient_idx on ehr_goal (patient_id);

create table questionnaire_response (
    id             uuid primary key,
    patient_id     uuid not null references patient(id) on delete cascade,
    source_key     text,
    questionnaire  text,
    status         text,
    authored_at    timestamp with time zone,
    encounter_id   uuid,
    items          jsonb not null default '[]'
);
create unique index questionnaire_response_source_idx on questionnaire_response (patient_id, source_key) where source_key is not null;
create index questionnaire_response_patient_idx on questionnaire_response (patient_id);
