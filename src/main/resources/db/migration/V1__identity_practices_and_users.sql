-- identity: the practices (tenants), the people who work in them, their roles and API tokens.
create table practice (
    id          uuid primary key,
    name        text not null unique,
    created_at  timestamp with time zone not null default now()
);

create table app_user (
    id              uuid primary key,
    username        text not null unique,
    display_name    text not null,
    password_hash   text not null,
    npi             text,
    credential      text,
    enabled         boolean not null default true,
    failed_logins   integer not null default 0,
    locked_until    timestamp with time zone,
    created_at      timestamp with time zone not null default now(),
    constraint npi_is_ten_digits check (npi is null or npi ~ '^[0-9]{10}$')
);

create table user_role (
    user_id uuid not null references app_user(id) on delete cascade,
    role    text not null check (role in ('CARE_MANAGER', 'NURSE', 'PROVIDER', 'BILLER', 'ADMIN')),
    primary key (user_id, role)
);

create table practice_member (
    user_id     uuid not null references app_user(id) on delete cascade,
    practice_id uuid not null references practice(id) on delete cascade,
    primary key (user_id, practice_id)
);

create table api_token (
    id            uuid primary key,
    user_id       uuid not null references app_user(id) on delete cascade,
    name          text not null,
    token_hash    text not null unique,
    created_at    timestamp with time zone not null default now(),
    last_used_at  timestamp with time zone,
    revoked_at    timestamp with time zone
);
