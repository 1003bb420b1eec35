-- Escalations are clinical work: one open escalation per patient and reason, every trigger kept on it,
-- and closing one records what was done (a disposition and a note) and who closed it.
alter table task
    add column reason        text,
    add column disposition   text check (disposition in ('REACHED_AND_SAFE', 'SAFETY_PLAN_MADE',
        'REFERRED_TO_BEHAVIORAL_HEALTH', 'PROVIDER_NOTIFIED', 'CRISIS_LINE_HANDOFF', 'SENT_TO_ED', 'EMS_CALLED',
        'WELFARE_CHECK_REQUESTED', 'NO_SAFETY_CONCERN')),
    add column closing_note  text,
    add column closed_by     uuid references app_user(id);

create unique index task_one_open_escalation_idx on task (patient_id, reason)
    where reason is not null and status in ('OPEN', 'IN_PROGRESS');

-- What raised (or re-raised) an escalation: the instrument, its score, the assessment and when.
create table task_trigger (
    id            uuid primary key,
    task_id       uuid not null references task(id) on delete cascade,
    patient_id    uuid references patient(id) on delete cascade,
    practice_id   uuid not null references practice(id),
    instrument    text,
    score         integer,
    assessment_id uuid,
    detail        text not null,
    triggered_at  timestamp with time zone not null
);
create index task_trigger_task_idx on task_trigger (task_id, triggered_at);
