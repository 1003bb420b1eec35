-- caregap: patients whose device readings arrived since their care gaps were last evaluated. The device feed adds
-- them in its own transaction (one statement per bundle); a job evaluates them again in batches within a minute, so
-- the worklist's care-gap reasons follow a cuff's readings without waiting for someone to open the chart or for the
-- nightly sweep.
create table care_gap_pending (
    patient_id uuid        primary key,
    since      timestamptz not null
);
