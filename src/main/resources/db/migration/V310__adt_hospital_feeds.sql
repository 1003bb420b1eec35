-- Hospital feeds: HL7 v2 ADT messages a hospital, an emergency department or a health information exchange sends
-- over MLLP. A sender (MSH-3 sending application, MSH-4 sending facility) is registered to one practice, with the
-- assigning authority its MRNs carry in PID-3 and the identifier system CareLoop knows those MRNs under.
create table adt_feed_source (
    id                  uuid primary key,
    practice_id         uuid not null references practice(id),
    name                text not null check (char_length(name) between 1 and 200),
    sending_application text not null check (char_length(sending_application) between 1 and 200),
    sending_facility    text not null check (char_length(sending_facility) between 1 and 200),
    assigning_authority text check (char_length(assigning_authority) <= 200),
    identifier_system   text check (char_length(identifier_system) <= 255),
    registered_by       uuid references app_user(id),
    registered_at       timestamp with time zone not null,
    version             integer not null default 0,
    -- a sender feeds one practice: the listener must know whose patients a message is about
    unique (sending_application, sending_facility)
);
create index adt_feed_source_practice_idx on adt_feed_source (practice_id);

-- Every message of a registered sender, stored once as received (raw), with the answer CareLoop gave it. A sender
-- re-sending a control id (MSH-10) gets the same answer and changes nothing, hence the key on sender and control id.
-- What PID said (name, birth date, MRN) is kept beside the raw text for the feed's list and its work queue.
create table adt_message (
    id                  uuid primary key,
    feed_source_id      uuid not null references adt_feed_source(id),
    practice_id         uuid not null references practice(id),
    sending_application text not null,
    sending_facility    text not null,
    control_id          text not null check (char_length(control_id) between 1 and 200),
    message_type        text not null,
    notice              text check (notice in ('ADMITTED', 'DISCHARGED', 'EMERGENCY_REGISTRATION', 'UPDATED',
                                               'ADMISSION_CANCELLED', 'DISCHARGE_CANCELLED')),
    received_at         timestamp with time zone not null,
    raw                 text not null,
    ack_code            text not null check (ack_code in ('AA', 'AE', 'AR')),
    ack_text            text not null,
    error_location      text,
    error_code          integer,
    status              text not null check (status in ('MATCHED', 'UNMATCHED', 'ERROR', 'REJECTED')),
    matched_by          text check (matched_by in ('MRN', 'NAME_AND_BIRTH_DATE', 'PERSON')),
    patient_id          uuid references patient(id),
    sent_family_name    text,
    sent_given_names    text,
    sent_birth_date     date,
    sent_mrn            text,
    facility            text,
    visit_number        text,
    unique (sending_application, sending_facility, control_id),
    check ((status = 'MATCHED') = (patient_id is not null))
);
create index adt_message_practice_idx on adt_message (practice_id, received_at desc);
create index adt_message_patient_idx on adt_message (patient_id) where patient_id is not null;

-- A message no patient of the practice matched (or several did): a person chooses the patient, never CareLoop.
create table adt_unmatched_item (
    id              uuid primary key,
    message_id      uuid not null unique references adt_message(id),
    practice_id     uuid not null references practice(id),
    reason          text not null,
    status          text not null check (status in ('OPEN', 'MATCHED')),
    patient_id      uuid references patient(id),
    matched_by      uuid references app_user(id),
    matched_at      timestamp with time zone,
    created_at      timestamp with time zone not null,
    version         integer not null default 0,
    check ((status = 'MATCHED') = (patient_id is not null))
);
create index adt_unmatched_item_open_idx on adt_unmatched_item (practice_id, created_at) where status = 'OPEN';
