-- assessment: the provider's follow-up plan when a positive screen is marked reviewed (who and when go in
-- reviewed_by / reviewed_at, kept since V30).
alter table assessment_response
    add column follow_up_plan   text,
    add column follow_up_choice text check (follow_up_choice in
        ('NO_CHANGE', 'MEDICATION_CHANGE', 'BEHAVIORAL_HEALTH_REFERRAL', 'SCHEDULE_VISIT'));

-- careplan: each periodic review of a plan: when, by whom, whether the plan changed, and the next review date.
create table care_plan_review (
    id              uuid primary key,
    care_plan_id    uuid not null references care_plan(id),
    version         integer not null,
    reviewed_on     date not null,
    reviewed_by     text not null,
    changed         boolean not null,
    next_review_on  date not null,
    note            text,
    recorded_at     timestamptz not null
);
create index care_plan_review_plan on care_plan_review (care_plan_id, reviewed_on desc);
