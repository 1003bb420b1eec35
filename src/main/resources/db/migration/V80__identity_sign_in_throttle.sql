-- identity: failed sign-ins are throttled per source address and attempted user name instead of locking the
-- account, so that a stranger cannot lock a colleague (or the administrator) out of the practice. The rows live in
-- the database because several CareLoop instances may run behind one load balancer.
create table sign_in_throttle (
    source          text not null,
    username        text not null,
    method          text not null,
    failures        integer not null,
    last_failed_at  timestamp with time zone not null,
    blocked_until   timestamp with time zone,
    refused         integer not null default 0,
    primary key (source, username)
);
create index sign_in_throttle_username_idx on sign_in_throttle (username);

alter table app_user drop column failed_logins;
alter table app_user drop column locked_until;
