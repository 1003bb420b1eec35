-- Tasks cancelled because the patient died say so; an escalation open at the death closes with that disposition.
alter table task drop constraint if exists task_disposition_check;
alter table task add constraint task_disposition_check check (disposition in ('REACHED_AND_SAFE', 'SAFETY_PLAN_MADE',
        'REFERRED_TO_BEHAVIORAL_HEALTH', 'PROVIDER_NOTIFIED', 'CRISIS_LINE_HANDOFF', 'SENT_TO_ED', 'EMS_CALLED',
        'WELFARE_CHECK_REQUESTED', 'NO_SAFETY_CONCERN', 'PATIENT_DIED'));
