-- patient: every coding an EHR sent for a problem, result, procedure or vaccine, in the source's order, as a JSON
-- array of {system, code, display}. An EHR often codes one HbA1c as its own lab code first and LOINC second, a
-- colonoscopy as a local code and SNOMED CT, a flu shot as NDC and CVX; a care-gap rule looks for any of them. The
-- primary code columns (code_system/code, snomed_code/icd10_code, cvx_code) stay what CareLoop shows and files by.

alter table condition add column codings jsonb not null default '[]';
alter table observation add column codings jsonb not null default '[]';
alter table clinical_procedure add column codings jsonb not null default '[]';
alter table immunization add column codings jsonb not null default '[]';

-- Rows stored before kept one coding (a problem also its SNOMED CT and ICD-10-CM codes): that is all they know.
update observation set codings = jsonb_build_array(jsonb_strip_nulls(jsonb_build_object(
        'system', code_system, 'code', code, 'display', display)))
 where code is not null;

update clinical_procedure set codings = jsonb_build_array(jsonb_strip_nulls(jsonb_build_object(
        'system', code_system, 'code', code, 'display', display)))
 where code is not null;

update immunization set codings = jsonb_build_array(jsonb_strip_nulls(jsonb_build_object(
        'system', 'http://hl7.org/fhir/sid/cvx', 'code', cvx_code, 'display', display)))
 where cvx_code is not null;

update condition c set codings = kept.codings
  from (select id, jsonb_agg(coding order by position) as codings
          from (select distinct on (id, coding ->> 'code') id, position, coding
                  from (select id, 1 as position, jsonb_strip_nulls(jsonb_build_object(
                                   'system', code_system, 'code', code, 'display', display)) as coding
                          from condition where code is not null
                        union all
                        select id, 2, jsonb_strip_nulls(jsonb_build_object(
                                   'system', 'http://snomed.info/sct', 'code', snomed_code, 'display', display))
                          from condition where snomed_code is not null
                        union all
                        select id, 3, jsonb_strip_nulls(jsonb_build_object(
                                   'system', 'http://hl7.org/fhir/sid/icd-10-cm', 'code', icd10_code, 'display', display))
                          from condition where icd10_code is not null) candidates
                 order by id, coding ->> 'code', position) distinct_codings
         group by id) kept
 where kept.id = c.id;
