-- careteam: the care team CareLoop keeps for a patient and the people around the patient.
--
-- A member is one of the practice's own staff, or an outside practitioner or organization from the directory, in a
-- role, from a day until a day (a membership is ended, never deleted, so the chart can say who was on the team). The
-- billing practitioner is not stored here: it is the enrollment's, and the care team reads it from there. Phone, fax
-- and e-mail left empty are the directory entry's; filled in, they override it for this patient only.
create table care_team_member (
    id              uuid primary key,
    practice_id     uuid not null references practice(id),
    patient_id      uuid not null references patient(id) on delete cascade,
    role            text not null check (role in ('CARE_MANAGER', 'NURSE', 'SPECIALIST', 'PHARMACY', 'HOME_HEALTH', 'OTHER')),
    staff_id        uuid references app_user(id),
    practitioner_id uuid references practitioner(id),
    organization_id uuid references organization(id),
    specialty       text check (char_length(specialty) <= 200),
    notes           text check (char_length(notes) <= 2000),
    phone           text check (char_length(phone) <= 40),
    fax             text check (char_length(fax) <= 40),
    email           text check (char_length(email) <= 200),
    active_since    date not null,
    active_until    date,
    added_by        uuid references app_user(id),
    added_at        timestamp with time zone not null,
    changed_by      uuid references app_user(id),
    changed_at      timestamp with time zone,
    version         integer not null default 0,
    check (num_nonnulls(staff_id, practitioner_id, organization_id) = 1),
    check (active_until is null or active_until >= active_since)
);
create index care_team_member_patient_idx on care_team_member (patient_id);
-- the same person or organization is on the team once per role at a time
create unique index care_team_member_once_idx on care_team_member
    (patient_id, role, coalesce(staff_id, practitioner_id, organization_id)) where active_until is null;

-- Caregivers, emergency contacts and the healthcare proxy, with what the patient authorised CareLoop's staff to
-- share with each (HIPAA 45 CFR 164.510(b): the patient may agree to, or object to, sharing with family and friends
-- involved in their care). Removing a contact keeps the row, so the authorisation on record at a past call can be
-- shown. At most one healthcare proxy at a time.
create table care_contact (
    id                   uuid primary key,
    practice_id          uuid not null references practice(id),
    patient_id           uuid not null references patient(id) on delete cascade,
    name                 text not null check (char_length(name) between 1 and 200),
    relationship         text not null check (char_length(relationship) between 1 and 100),
    kinds                text[] not null check (cardinality(kinds) >= 1
                             and kinds <@ array['CAREGIVER', 'EMERGENCY_CONTACT', 'HEALTHCARE_PROXY']),
    phones               text[] not null default '{}' check (cardinality(phones) <= 3),
    email                text check (char_length(email) <= 200),
    preferred_language   text check (char_length(preferred_language) <= 100),
    sharing_authorised   boolean not null default false,
    sharing_authorised_on date,
    sharing_scope        text not null default 'NONE'
                             check (sharing_scope in ('ALL', 'CARE_PLAN_ONLY', 'APPOINTMENTS_ONLY', 'NONE')),
    sharing_recorded_by  uuid references app_user(id),
    sharing_recorded_at  timestamp with time zone,
    notes                text check (char_length(notes) <= 2000),
    added_by             uuid references app_user(id),
    added_at             timestamp with time zone not null,
    changed_by           uuid references app_user(id),
    changed_at           timestamp with time zone,
    removed_by           uuid references app_user(id),
    removed_at           timestamp with time zone,
    version              integer not null default 0,
    check (sharing_authorised = (sharing_scope <> 'NONE')),
    check (not sharing_authorised or sharing_authorised_on is not null)
);
create index care_contact_patient_idx on care_contact (patient_id);
create unique index care_contact_one_proxy_idx on care_contact (patient_id)
    where removed_at is null and 'HEALTHCARE_PROXY' = any(kinds);
