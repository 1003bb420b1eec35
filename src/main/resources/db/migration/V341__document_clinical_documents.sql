-- document: clinical documents kept with the patient's chart. Notes and summaries an EHR sent (FHIR DocumentReference,
-- one row per attachment, known by its source key so a second import adds nothing) and files the care team uploaded.
-- The content lives here, in PostgreSQL, with its SHA-256 so a copy can be checked; lists never read the content.
create table clinical_document (
    id             uuid primary key,
    patient_id     uuid not null references patient(id) on delete cascade,
    practice_id    uuid not null references practice(id),
    kind           text not null check (kind in ('CLINICAL_NOTE', 'DISCHARGE_SUMMARY', 'CONSULT_NOTE', 'OTHER')),
    title          text not null,
    media_type     text not null,
    file_name      text,
    size_bytes     integer not null check (size_bytes >= 0),
    sha256         text not null,
    content        bytea not null,
    author         text,
    document_date  timestamp with time zone,
    source         text not null check (source in ('IMPORTED', 'UPLOADED')),
    source_key     text,
    uploaded_by    uuid references app_user(id),
    created_at     timestamp with time zone not null,
    check ((source = 'IMPORTED') = (source_key is not null))
);
create unique index clinical_document_source_idx on clinical_document (patient_id, source_key) where source_key is not null;
create index clinical_document_patient_idx on clinical_document (patient_id, document_date desc);
