-- medication: the medication lists the care team reconciles with the patient. Each reconciliation signs a new list,
-- numbered per patient from 1; earlier lists stay as they were signed. An item records one medication the
-- reconciliation reviewed and what the patient said about it (no answer: a medication the patient newly reported);
-- imported_medication_id names the EHR's prescription it came from, so that a reviewed prescription is not offered
-- again as new and its supply can be read.
create table medication_list (
    id                   uuid primary key,
    practice_id          uuid not null references practice(id),
    patient_id           uuid not null references patient(id) on delete cascade,
    number               integer not null check (number > 0),
    reconciled_on        date not null,
    signed_by            uuid not null references app_user(id),
    signed_by_name       text not null,
    signed_by_credential text,
    signed_at            timestamp with time zone not null,
    minutes              integer check (minutes between 1 and 240),
    time_entry_id        uuid,
    note                 text,
    unique (patient_id, number)
);

create table medication_list_item (
    id                     uuid primary key,
    list_id                uuid not null references medication_list(id) on delete cascade,
    position               integer not null,
    origin                 text not null check (origin in ('EHR', 'PATIENT')),
    imported_medication_id uuid,
    rxnorm_code            text,
    name                   text not null,
    dose                   text,
    answer                 text check (answer in ('TAKING_AS_PRESCRIBED', 'TAKING_DIFFERENTLY', 'NOT_TAKING',
                                                  'STOPPED_BY_CLINICIAN')),
    reason                 text,
    barriers               text[] not null default '{}',
    note                   text,
    unique (list_id, position)
);
create index medication_list_item_imported_idx on medication_list_item (imported_medication_id)
    where imported_medication_id is not null;
