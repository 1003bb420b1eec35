-- Readings: the observations CareLoop keeps say where they came from (the EHR, the clinic, the patient on the phone,
-- a device) and who entered them. A reading marked in error stays stored with the correction (FHIR status
-- entered-in-error, the reason, who and when); alerting and trends leave it out.
alter table observation
    add column source          text not null default 'EHR'
        check (source in ('EHR', 'CLINIC', 'PATIENT_REPORTED', 'DEVICE')),
    add column entered_by      uuid references app_user(id),
    add column entered_at      timestamp with time zone,
    add column in_error_reason text,
    add column in_error_by     uuid references app_user(id),
    add column in_error_at     timestamp with time zone,
    add column version         integer not null default 0;

-- Alert protocols are data: a named rule on one kind of reading, effective from a day, citing its clinical source,
-- with a severity, the pool it routes to and how soon, and the instruction staff read. A newer row of the same code
-- supersedes an older one from its effective day; past alerts keep the row that applied.
create table alert_protocol (
    code            text not null,
    effective_from  date not null,
    name            text not null,
    reading_kind    text check (reading_kind in ('BLOOD_PRESSURE', 'WEIGHT', 'GLUCOSE', 'SPO2',
                                                          'HEART_RATE', 'TEMPERATURE')),
    test            text not null check (test in ('SYSTOLIC_OR_DIASTOLIC_AT_LEAST', 'SYSTOLIC_BELOW', 'BELOW',
                                                  'ABOVE', 'GAIN_WITHIN_HOURS', 'CARE_PLAN_GOAL')),
    threshold       numeric,
    threshold2      numeric,
    unit            text,
    window_hours    integer,
    condition_category text,
    suppressed_by   text,
    severity        text not null check (severity in ('EMERGENCY', 'URGENT', 'ROUTINE')),
    route_pool      text not null check (route_pool in ('NURSE', 'CARE_MANAGER', 'PROVIDER')),
    due_in_days     integer not null check (due_in_days >= 0),
    worklist_reason text not null,
    instruction     text not null,
    clinical_source text not null,
    primary key (code, effective_from)
);

insert into alert_protocol (code, effective_from, name, reading_kind, test, threshold, threshold2, unit, window_hours,
                            condition_category, suppressed_by, severity, route_pool, due_in_days, worklist_reason,
                            instruction, clinical_source) values
('BP_SEVERE_HIGH', '2020-01-01', 'Severe blood pressure elevation', 'BLOOD_PRESSURE', 'SYSTOLIC_OR_DIASTOLIC_AT_LEAST',
 180, 120, 'mmHg', null, null, null, 'URGENT', 'NURSE', 0, 'same-day RN review',
 'Call the patient today and repeat the reading after 5 minutes seated. Ask the call script''s symptom questions '
 || '(chest pain, shortness of breath, severe headache, confusion, weakness or numbness, vision change): with any of '
 || 'them this is an EMERGENCY: call 911. Without symptoms tell the provider today about medication adherence and '
 || 'adjustment.',
 'ACC/AHA 2017 Guideline for the Prevention, Detection, Evaluation, and Management of High Blood Pressure in Adults '
 || '(severe elevation ≥180/≥120; hypertensive emergency with target-organ damage)'),
('BP_LOW', '2020-01-01', 'Low systolic blood pressure', 'BLOOD_PRESSURE', 'SYSTOLIC_BELOW',
 90, null, 'mmHg', null, null, null, 'URGENT', 'NURSE', 0, 'same-day RN review',
 'Call the patient today: ask about dizziness, fainting, falls, fluid intake and new or changed blood pressure '
 || 'medicines. Fainting, confusion or chest pain: EMERGENCY, call 911. Tell the provider today.',
 'ACC/AHA 2017 Guideline for High Blood Pressure in Adults (hypotension and orthostatic symptoms on treatment)'),
('GLUCOSE_LEVEL_2_LOW', '2020-01-01', 'Level 2 hypoglycemia', 'GLUCOSE', 'BELOW',
 54, null, 'mg/dL', null, null, null, 'URGENT', 'NURSE', 0, 'same-day RN review',
 'Call the patient now: if awake and able to swallow, 15–20 g fast-acting glucose and recheck in 15 minutes. '
 || 'Confused, unable to swallow or unconscious: EMERGENCY, call 911 (glucagon if prescribed). Tell the provider '
 || 'today to review insulin and sulfonylurea doses.',
 'ADA Standards of Care in Diabetes, section 6 Glycemic Goals and Hypoglycemia (level 2: <54 mg/dL)'),
('GLUCOSE_LEVEL_1_LOW', '2020-01-01', 'Level 1 hypoglycemia', 'GLUCOSE', 'BELOW',
 70, null, 'mg/dL', null, null, 'GLUCOSE_LEVEL_2_LOW', 'ROUTINE', 'CARE_MANAGER', 1, 'next-day review',
 'Call the patient by tomorrow: review the 15-15 rule, meals, activity and diabetes medicines; tell the provider when '
 || 'lows recur.',
 'ADA Standards of Care in Diabetes, section 6 Glycemic Goals and Hypoglycemia (level 1: <70 mg/dL)'),
('GLUCOSE_HIGH', '2020-01-01', 'Severe hyperglycemia', 'GLUCOSE', 'ABOVE',
 300, null, 'mg/dL', null, null, null, 'URGENT', 'NURSE', 0, 'same-day RN review',
 'Call the patient today: ask about thirst, urination, vomiting, abdominal pain, breathing and ketones (type 1). '
 || 'Vomiting, confusion or rapid breathing: EMERGENCY, call 911. Tell the provider today.',
 'ADA Standards of Care in Diabetes, section 16 Diabetes Care in the Hospital and hyperglycemic crises'),
('HF_WEIGHT_GAIN_DAY', '2020-01-01', 'Heart-failure weight gain in a day', 'WEIGHT', 'GAIN_WITHIN_HOURS',
 2, null, 'lb', 24, 'heart_failure', null, 'URGENT', 'NURSE', 0, 'same-day RN review',
 'Call the patient today: ask about breathlessness, swelling, orthopnea, diuretic doses and salt and fluid intake. '
 || 'Breathless at rest or chest pain: EMERGENCY, call 911. Tell the provider today about a diuretic adjustment.',
 'HFSA/AHA heart-failure self-care guidance (2022 AHA/ACC/HFSA Guideline for the Management of Heart Failure): '
 || 'report a gain of 2 lb (0.9 kg) in a day or 5 lb (2.3 kg) in a week'),
('HF_WEIGHT_GAIN_WEEK', '2020-01-01', 'Heart-failure weight gain in a week', 'WEIGHT', 'GAIN_WITHIN_HOURS',
 5, null, 'lb', 168, 'heart_failure', 'HF_WEIGHT_GAIN_DAY', 'URGENT', 'NURSE', 0, 'same-day RN review',
 'Call the patient today: ask about breathlessness, swelling, orthopnea, diuretic doses and salt and fluid intake. '
 || 'Breathless at rest or chest pain: EMERGENCY, call 911. Tell the provider today about a diuretic adjustment.',
 'HFSA/AHA heart-failure self-care guidance (2022 AHA/ACC/HFSA Guideline for the Management of Heart Failure): '
 || 'report a gain of 2 lb (0.9 kg) in a day or 5 lb (2.3 kg) in a week'),
('SPO2_LOW', '2020-01-01', 'Low oxygen saturation', 'SPO2', 'BELOW',
 88, null, '%', null, null, null, 'URGENT', 'NURSE', 0, 'same-day RN review',
 'Call the patient today: check the probe and repeat at rest; ask about breathlessness, chest pain and confusion. '
 || 'Severe breathlessness, blue lips or confusion: EMERGENCY, call 911. Tell the provider today.',
 'BTS Guideline for Oxygen Use in Adults (2017) and ATS/ACCP home-oxygen criteria (SpO2 ≤88 %)'),
('CARE_PLAN_GOAL', '2020-01-01', 'Reading outside the care-plan goal', null, 'CARE_PLAN_GOAL',
 null, null, null, null, null, null, 'ROUTINE', 'CARE_MANAGER', 1, 'outside the care-plan goal',
 'Review at the next call: adherence, technique, lifestyle; tell the provider when readings stay outside the goal.',
 'The patient''s care plan goal as agreed with the provider');

-- An admin's adjustment of a protocol's threshold for a practice or, more narrowly, for one patient, from a day on.
create table alert_threshold (
    id              uuid primary key,
    protocol_code   text not null,
    practice_id     uuid not null references practice(id),
    patient_id      uuid references patient(id) on delete cascade,
    effective_from  date not null,
    threshold       numeric not null,
    threshold2      numeric,
    set_by          uuid references app_user(id),
    set_at          timestamp with time zone not null,
    note            text
);
create unique index alert_threshold_practice_idx on alert_threshold (protocol_code, practice_id, effective_from)
    where patient_id is null;
create unique index alert_threshold_patient_idx on alert_threshold (protocol_code, patient_id, effective_from)
    where patient_id is not null;

-- Which reading raised (or joined) which alert, under which threshold: the chart marks these readings.
create table reading_alert (
    observation_id  uuid not null references observation(id) on delete cascade,
    protocol_code   text not null,
    patient_id      uuid not null references patient(id) on delete cascade,
    practice_id     uuid not null references practice(id),
    task_id         uuid not null,
    threshold_text  text not null,
    finding         text not null,
    raised_at       timestamp with time zone not null,
    primary key (observation_id, protocol_code)
);
create index reading_alert_patient_idx on reading_alert (patient_id);

-- Alert work closes with what was done: the nurse reached and advised the patient, or the reading was in error.
alter table task drop constraint if exists task_disposition_check;
alter table task add constraint task_disposition_check check (disposition in ('REACHED_AND_SAFE', 'SAFETY_PLAN_MADE',
        'REFERRED_TO_BEHAVIORAL_HEALTH', 'PROVIDER_NOTIFIED', 'CRISIS_LINE_HANDOFF', 'SENT_TO_ED', 'EMS_CALLED',
        'WELFARE_CHECK_REQUESTED', 'NO_SAFETY_CONCERN', 'PATIENT_DIED', 'REACHED_AND_ADVISED', 'READING_IN_ERROR',
        'NOT_REACHED'));
