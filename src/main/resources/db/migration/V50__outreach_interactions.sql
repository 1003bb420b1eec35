-- outreach: every call, message and visit with a patient, and how it went. Kept, never rewritten: the worklist
-- reads last contact and last successful contact from here, and time entries may point at the interaction.
create table interaction (
    id            uuid primary key,
    patient_id    uuid not null references patient(id),
    practice_id   uuid not null references practice(id),
    kind          text not null check (kind in ('OUTBOUND_CALL', 'INBOUND_CALL', 'OUTBOUND_MESSAGE',
                                                'INBOUND_MESSAGE', 'VISIT')),
    outcome       text not null check (outcome in ('REACHED', 'LEFT_VOICEMAIL', 'NO_ANSWER', 'WRONG_NUMBER',
                                                   'DECLINED')),
    topics        text[] not null default '{}',
    notes         text,
    follow_up_on  date,
    staff_id      uuid not null references app_user(id),
    occurred_at   timestamp with time zone not null,
    recorded_at   timestamp with time zone not null
);
create index interaction_patient_idx on interaction (patient_id, occurred_at desc);
create index interaction_reached_idx on interaction (patient_id, occurred_at desc) where outcome = 'REACHED';
