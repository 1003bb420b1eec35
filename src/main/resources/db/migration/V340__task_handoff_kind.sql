-- A hand-off: a call a care manager passes to the nurse or the provider as a task carrying the call's notes.
-- Whoever closes any task is recorded (until now only escalations said who closed them).
alter table task drop constraint if exists task_kind_check;
alter table task add constraint task_kind_check
    check (kind in ('FOLLOW_UP', 'ESCALATION', 'OUTREACH', 'REVIEW', 'OTHER', 'HANDOFF'));
