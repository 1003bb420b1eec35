-- community: administrators now correct locations as well as services and organizations, so a location carries the
-- version its edit is based on (a stale edit is refused); an HSDS import that changes it moves the version on too.
alter table community_location add column version integer not null default 0;
