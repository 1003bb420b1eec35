-- identity: API tokens expire, carry a scope, and are audited once a day rather than on every request.
alter table api_token add column expires_at timestamp with time zone;
update api_token set expires_at = now() + interval '90 days' where expires_at is null;
alter table api_token alter column expires_at set not null;
alter table api_token add column scope text not null default 'FULL'
    check (scope in ('FULL', 'READ_ONLY', 'FHIR_IMPORT', 'DEVICE_FEED'));
alter table api_token add column last_audited_on date;
