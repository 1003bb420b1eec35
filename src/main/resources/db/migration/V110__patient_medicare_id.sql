-- patient: the Medicare Beneficiary Identifier (MBI), stored without dashes and upper-case, in the CMS format
-- (MedicareId checks the same rule with a message naming the field). It is looked up whole, never by a fragment.
alter table patient
    add column medicare_id text,
    add constraint patient_medicare_id_format
        check (medicare_id ~ '^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9][AC-HJKMNP-RT-Y]{2}[0-9]{2}$');
create index patient_medicare_id_idx on patient (practice_id, medicare_id) where medicare_id is not null;
-- the patient list: who has no care manager yet, who has died
create index patient_unassigned_idx on patient (practice_id) where assigned_care_manager_id is null;
create index patient_deceased_idx on patient (practice_id) where deceased_on is not null or status = 'DECEASED';
