-- referral: a patient's referral to a community service, from sending to its outcome. What was sent keeps its own
-- words (service, organization, intake address) so a later directory edit does not rewrite what the patient agreed to.
create table referral (
    id                 uuid primary key,
    practice_id        uuid not null references practice(id),
    patient_id         uuid not null references patient(id),
    service_id         uuid not null references community_service(id),
    service_name       text not null,
    organization_name  text not null,
    category           text not null,
    need_domain        text,
    need_description   text,
    request            text not null,
    consent_what       text not null,
    consent_with_whom  text not null,
    consent_given_on   date not null,
    urgency            text not null check (urgency in ('ROUTINE', 'URGENT')),
    care_manager_id    uuid not null references app_user(id),
    status             text not null check (status in ('SENT', 'ACCEPTED', 'DECLINED', 'NO_RESPONSE',
                                                       'SERVICE_PROVIDED', 'NOT_PROVIDED')),
    delivery           text not null check (delivery in ('EMAIL', 'PRINT')),
    sent_to            text,
    sent_on            date not null,
    sent_at            timestamp with time zone not null,
    sent_by            text not null,
    decline_reason     text,
    need_status        text check (need_status in ('MET', 'PARTLY_MET', 'UNMET')),
    outcome_note       text,
    closed_at          timestamp with time zone,
    follow_up_task_id  uuid,
    version            integer not null default 0
);
create index referral_patient_idx on referral (patient_id, sent_at desc);
create index referral_practice_idx on referral (practice_id, sent_at);
create index referral_waiting_idx on referral (sent_on) where status = 'SENT';

-- every move with when and who (a person, or the scheduler for NO_RESPONSE)
create table referral_move (
    id           uuid primary key,
    referral_id  uuid not null references referral(id),
    status       text not null,
    moved_at     timestamp with time zone not null,
    moved_by     text not null,
    note         text
);
create index referral_move_referral_idx on referral_move (referral_id, moved_at);
