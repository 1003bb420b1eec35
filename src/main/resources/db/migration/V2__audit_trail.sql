-- audit: an append-only trail of every read and write of patient data, and of every sign-in.
create table audit_event (
    id             bigint generated always as identity primary key,
    occurred_at    timestamp with time zone not null default now(),
    username       text,
    roles          text,
    practice_id    uuid,
    patient_id     uuid,
    action         text not null check (action in ('READ', 'CREATE', 'UPDATE', 'DELETE', 'EXPORT', 'LOGIN', 'LOGIN_FAILED', 'LOGOUT', 'SEARCH', 'IMPORT')),
    resource_type  text,
    resource_id    text,
    client_address text,
    channel        text,
    outcome        text not null check (outcome in ('SUCCESS', 'DENIED', 'NOT_FOUND', 'FAILED')),
    detail         text
);

create index audit_event_patient_idx on audit_event (patient_id, occurred_at desc) where patient_id is not null;
create index audit_event_user_idx on audit_event (username, occurred_at desc);
create index audit_event_time_idx on audit_event (occurred_at desc);

-- HIPAA wants the trail tamper-evident: the database itself refuses to change or remove an event.
create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op;
end;
$$;

create trigger audit_event_no_rewrite before update or delete or truncate on audit_event
    for each statement execute function audit_event_is_append_only();
