-- community: each practice's directory of community resources (organizations, their services and locations), as
-- imported from Open Referral HSDS packages and edited by administrators. Directories are regional and practices
-- keep theirs apart, so every entry belongs to one practice; hsds_id is the entry's id in the package it came from,
-- by which a later package updates it.
create table community_organization (
    id           uuid primary key,
    practice_id  uuid not null references practice(id),
    hsds_id      text not null,
    name         text not null,
    description  text,
    email        text,
    website      text,
    phones       text[] not null default '{}',
    version      integer not null default 0,
    updated_at   timestamp with time zone not null,
    unique (practice_id, hsds_id)
);

create table community_location (
    id               uuid primary key,
    practice_id      uuid not null references practice(id),
    hsds_id          text not null,
    organization_id  uuid references community_organization(id),
    name             text,
    address_hsds_id  text,
    address_1        text,
    city             text,
    state            text,
    postal_code      text,
    country          text,
    phones           text[] not null default '{}',
    updated_at       timestamp with time zone not null,
    unique (practice_id, hsds_id)
);

-- categories line up with the needs a social needs screen finds (housing, food, ...); zip_codes are the ZIP codes
-- the service says it serves (HSDS service_areas); last_verified is HSDS assured_date.
create table community_service (
    id               uuid primary key,
    practice_id      uuid not null references practice(id),
    hsds_id          text not null,
    organization_id  uuid not null references community_organization(id),
    name             text not null,
    description      text,
    email            text,
    url              text,
    status           text not null check (status in ('active', 'inactive', 'defunct', 'temporarily closed')),
    eligibility      text,
    fees             text,
    categories       text[] not null default '{}',
    languages        text[] not null default '{}',
    zip_codes        text[] not null default '{}',
    phones           text[] not null default '{}',
    last_verified    date,
    version          integer not null default 0,
    updated_at       timestamp with time zone not null,
    unique (practice_id, hsds_id)
);
create index community_service_categories_idx on community_service using gin (categories);

create table community_service_location (
    id           uuid primary key,
    practice_id  uuid not null references practice(id),
    hsds_id      text not null,
    service_id   uuid not null references community_service(id),
    location_id  uuid not null references community_location(id),
    unique (practice_id, hsds_id)
);
create index community_service_location_service_idx on community_service_location (service_id);

-- weekly opening hours (HSDS schedules: byday, opens_at, closes_at) in the practice's local time
create table community_schedule (
    id           uuid primary key,
    service_id   uuid not null references community_service(id),
    location_id  uuid references community_location(id),
    days         text[] not null,
    opens_at     time not null,
    closes_at    time not null,
    description  text,
    check (closes_at > opens_at)
);
create index community_schedule_service_idx on community_schedule (service_id);
