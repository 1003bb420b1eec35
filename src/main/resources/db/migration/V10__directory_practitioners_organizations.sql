-- directory: the clinicians, organizations and places that EHR records point to (who saw the patient, where).
-- Shared by all practices: it describes the outside world, not a practice's patients. Ids are derived from
-- the identifier the source gave (an NPI, a Synthea organization id), so the same clinician imported from
-- two bundles is one row.

create table organization (
    id            uuid primary key,
    source_key    text not null unique,
    name          text,
    type_code     text,
    phone         text,
    address_line  text,
    city          text,
    state         text,
    postal_code   text,
    active        boolean not null default true
);

create table location (
    id               uuid primary key,
    source_key       text not null unique,
    name             text,
    description      text,
    status           text,
    organization_id  uuid references organization(id),
    phone            text,
    address_line     text,
    city             text,
    state            text,
    postal_code      text,
    latitude         numeric,
    longitude        numeric
);

create table practitioner (
    id            uuid primary key,
    source_key    text not null unique,
    npi           text,
    family_name   text,
    given_names   text,
    prefix        text,
    gender        text,
    email         text,
    phone         text,
    address_line  text,
    city          text,
    state         text,
    postal_code   text,
    active        boolean not null default true
);
create index practitioner_npi_idx on practitioner (npi) where npi is not null;

create table practitioner_role (
    id               uuid primary key,
    source_key       text not null unique,
    practitioner_id  uuid references practitioner(id),
    organization_id  uuid references organization(id),
    location_id      uuid references location(id),
    specialty_code   text,
    specialty        text,
    phone            text,
    email            text
);
create index practitioner_role_practitioner_idx on practitioner_role (practitioner_id);

-- every identifier a directory entry was given, so that a conditional reference such as
-- Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|9999984591 finds its row.
create table directory_identifier (
    resource_type  text not null check (resource_type in ('Organization', 'Location', 'Practitioner', 'PractitionerRole')),
    system         text not null,
    value          text not null,
    id             uuid not null,
    primary key (resource_type, system, value)
);
