-- directory: the outside clinicians and organizations a practice keys in by hand (the patient's cardiologist, their
-- pharmacy, the home-health agency) beside those imported from EHRs. An imported entry (practice_id null) is shared
-- by all practices and stays as the EHR sent it; a hand-entered entry belongs to one practice, and no other practice
-- ever sees it. Hand-entered entries change with a version, so two people editing one entry cannot overwrite each
-- other.

alter table organization
    alter column source_key drop not null,
    add column practice_id uuid references practice(id),
    add column kind        text check (kind in ('HOSPITAL', 'PHARMACY', 'HOME_HEALTH', 'SPECIALIST_PRACTICE', 'COMMUNITY')),
    add column fax         text,
    add column email       text,
    add column version     integer not null default 0,
    add column entered_by  uuid references app_user(id),
    add column changed_at  timestamp with time zone,
    add constraint organization_imported_or_practice check (source_key is not null or practice_id is not null),
    add constraint organization_hand_entry_complete check (practice_id is null or (name is not null and kind is not null)),
    add constraint organization_field_lengths check (char_length(name) <= 200 and char_length(phone) <= 40
        and char_length(fax) <= 40 and char_length(email) <= 200 and char_length(address_line) <= 200
        and char_length(city) <= 100 and char_length(state) <= 40 and char_length(postal_code) <= 20) not valid;
create index organization_practice_idx on organization (practice_id) where practice_id is not null;

alter table practitioner
    alter column source_key drop not null,
    add column practice_id     uuid references practice(id),
    add column specialty       text,
    add column fax             text,
    add column organization_id uuid references organization(id),
    add column version         integer not null default 0,
    add column entered_by      uuid references app_user(id),
    add column changed_at      timestamp with time zone,
    add constraint practitioner_imported_or_practice check (source_key is not null or practice_id is not null),
    add constraint practitioner_hand_entry_named check (practice_id is null or family_name is not null),
    add constraint practitioner_field_lengths check (char_length(family_name) <= 100 and char_length(given_names) <= 100
        and char_length(specialty) <= 200 and char_length(phone) <= 40 and char_length(fax) <= 40
        and char_length(email) <= 200) not valid;
create index practitioner_practice_idx on practitioner (practice_id) where practice_id is not null;
