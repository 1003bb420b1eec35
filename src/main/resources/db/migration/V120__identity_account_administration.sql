-- identity: administration a real practice needs. A password an administrator set must be changed at the next
-- sign-in; accounts and practices are edited with a version check; practices carry their address, phone, group NPI,
-- tax id and time zone (null: the organization's careloop.time-zone).
alter table app_user
    add column must_change_password boolean not null default false,
    add column version integer not null default 0;

alter table practice
    add column address   text,
    add column phone     text,
    add column group_npi text,
    add column tin       text,
    add column time_zone text,
    add column version   integer not null default 0,
    add constraint practice_group_npi_is_ten_digits check (group_npi is null or group_npi ~ '^[0-9]{10}$'),
    add constraint practice_tin_is_nine_digits check (tin is null or tin ~ '^[0-9]{2}-[0-9]{7}$');
