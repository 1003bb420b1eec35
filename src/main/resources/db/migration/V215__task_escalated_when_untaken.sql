-- When an escalation was raised because nobody took it from its pool in time (once per task, never again).
alter table task add column escalated_at timestamp with time zone;

-- The untaken-alerts job looks for open escalations still waiting in a pool, oldest first.
create index task_untaken_escalation_idx on task (created_at)
    where reason is not null and status = 'OPEN' and owner_id is null and escalated_at is null;
