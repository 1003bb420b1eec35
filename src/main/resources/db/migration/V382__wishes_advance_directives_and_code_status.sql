-- The patient's wishes: code status and "what matters most" in their own words (one row per patient).
create table patient_wishes (
    patient_id         uuid primary key references patient(id) on delete cascade,
    practice_id        uuid not null references practice(id),
    code_status        text check (code_status in ('FULL_CODE', 'DNR', 'DNR_DNI', 'COMFORT_CARE')),
    code_status_on     date,
    code_status_source text,
    what_matters_most  text,
    what_matters_on    date,
    changed_by         uuid not null references app_user(id),
    changed_at         timestamp with time zone not null,
    version            integer not null default 0
);

-- Advance directives on file: kind, when signed, where the original is, and for a power of attorney the proxy
-- (by name until the care team's contacts can be linked: proxy_contact_id).
create table advance_directive (
    id                 uuid primary key,
    practice_id        uuid not null references practice(id),
    patient_id         uuid not null references patient(id) on delete cascade,
    kind               text not null check (kind in ('LIVING_WILL', 'HEALTHCARE_POWER_OF_ATTORNEY', 'POLST', 'MOLST',
                                                     'DNR_ORDER', 'OTHER')),
    signed_on          date,
    original_location  text,
    proxy_name         text,
    proxy_relationship text,
    proxy_phone        text,
    proxy_contact_id   uuid,
    note               text,
    status             text not null check (status in ('ON_FILE', 'REVOKED')),
    revoked_on         date,
    recorded_by        uuid not null references app_user(id),
    recorded_at        timestamp with time zone not null,
    version            integer not null default 0
);
create index advance_directive_patient_idx on advance_directive (patient_id);

-- The uploaded copy of a directive (PDF or image, at most 10 MB, its type taken from its first bytes).
create table advance_directive_copy (
    directive_id uuid primary key references advance_directive(id) on delete cascade,
    file_name    text not null,
    content_type text not null check (content_type in ('application/pdf', 'image/png', 'image/jpeg')),
    size_bytes   integer not null check (size_bytes between 1 and 10485760),
    sha256       text not null,
    content      bytea not null,
    uploaded_by  uuid not null references app_user(id),
    uploaded_at  timestamp with time zone not null
);
