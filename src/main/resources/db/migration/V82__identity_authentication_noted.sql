-- identity: which user already used HTTP Basic from which address on which day, so that the audit trail keeps
-- one entry per user, address and day instead of one per request.
create table authentication_noted (
    username  text not null,
    source    text not null,
    day       date not null,
    primary key (username, source, day)
);
