-- A patient's death as CareLoop learnt it: the date stays in deceased_on (null when the source says the patient died
-- but not when), status becomes DECEASED, and deceased_source says who told us (EHR import, recorded by a user, ADT).
alter table patient
    add column deceased_source      text check (length(deceased_source) <= 200),
    add column deceased_note        text check (length(deceased_note) <= 2000),
    add column deceased_recorded_at timestamp with time zone;

update patient set deceased_source = 'EHR import', deceased_recorded_at = coalesce(updated_at, created_at)
 where status = 'DECEASED' and deceased_source is null and source_key is not null;
