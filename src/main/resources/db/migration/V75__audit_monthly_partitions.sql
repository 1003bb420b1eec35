-- audit: the trail partitioned by month (declarative range partitioning on occurred_at), so that millions of events
-- a month stay quick to query by patient, user and time, and a month past retention can be exported and detached
-- whole (README: "Audit trail: retention and export"). The columns are copied with LIKE, whatever earlier
-- migrations added. Identity columns cannot sit on a partitioned table before PostgreSQL 17, hence a sequence.

alter table audit_event rename to audit_event_unpartitioned;

create table audit_event (like audit_event_unpartitioned including defaults including constraints)
    partition by range (occurred_at);

create table audit_event_default partition of audit_event default;

-- The only door to new partitions. It runs with its owner's rights (the application role does not own the table),
-- creates at most a year ahead, and gives every partition the append-only trigger for TRUNCATE (row triggers
-- are inherited from the parent, statement triggers are not).
create function audit_event_add_months(months_ahead integer) returns integer
    language plpgsql security definer set search_path from current as $$
declare
    month date := date_trunc('month', now() at time zone 'UTC')::date;
    last_month date := (date_trunc('month', now() at time zone 'UTC') + make_interval(months => least(greatest(months_ahead, 0), 12)))::date;
    created integer := 0;
begin
    perform pg_advisory_xact_lock(hashtext('audit_event_add_months'));
    while month <= last_month loop
        created := created + audit_event_add_month(month);
        month := (month + interval '1 month')::date;
    end loop;
    return created;
end $$;

create function audit_event_add_month(month date) returns integer
    language plpgsql security definer set search_path from current as $$
declare
    name text := 'audit_event_' || to_char(month, 'YYYY_MM');
begin
    if to_regclass(name) is not null then
        return 0;
    end if;
    execute format('create table %I partition of audit_event for values from (%L) to (%L)', name,
                   (date_trunc('month', month)::timestamp at time zone 'UTC')::text,
                   ((date_trunc('month', month) + interval '1 month')::timestamp at time zone 'UTC')::text);
    execute format('create trigger audit_event_no_truncate before truncate on %I'
                   || ' for each statement execute function audit_event_is_append_only()', name);
    return 1;
end $$;
revoke all on function audit_event_add_month(date) from public;

-- every month that already holds events, and the next three
select audit_event_add_month(month::date)
  from generate_series(coalesce((select date_trunc('month', min(occurred_at) at time zone 'UTC') from audit_event_unpartitioned),
                                date_trunc('month', now() at time zone 'UTC')),
                       date_trunc('month', now() at time zone 'UTC') + interval '3 months', interval '1 month') month;

insert into audit_event select * from audit_event_unpartitioned;
drop table audit_event_unpartitioned;

create sequence audit_event_id_seq owned by audit_event.id;
select setval('audit_event_id_seq', coalesce((select max(id) from audit_event), 0) + 1, false);
alter table audit_event alter column id set default nextval('audit_event_id_seq');

alter table audit_event add primary key (id, occurred_at);
create index audit_event_patient_idx on audit_event (patient_id, occurred_at desc) where patient_id is not null;
create index audit_event_user_idx on audit_event (username, occurred_at desc);
create index audit_event_time_idx on audit_event (occurred_at desc);

-- HIPAA wants the trail tamper-evident: besides the privileges (the application may only insert and read), the
-- table itself refuses to change or lose an event, on every partition present and future.
create trigger audit_event_no_rewrite before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event_default
    for each statement execute function audit_event_is_append_only();
