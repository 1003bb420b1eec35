package org.careloop.cli;

import java.time.YearMonth;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A large synthetic practice generated inside PostgreSQL with set-based SQL: patients with two chronic conditions,
 * an active CCM enrollment with consent and a signed care plan, time entries spread over the month without any
 * person's time overlapping, some contacts and tasks. One care manager carries a panel of {@code panel} patients.
 */
record PracticeAtScale(UUID practiceId, UUID adminId, UUID busiestCareManagerId, int patients, int entries) {

    static final int CARE_MANAGERS = 250;

    static PracticeAtScale generate(JdbcClient jdbc, YearMonth month, int patients, int entries, int panel) {
        UUID practice = UUID.randomUUID();
        jdbc.sql("insert into practice (id, name) values (?, ?)").params(practice, "Benchmark practice " + practice).update();
        jdbc.sql("create temporary table bench_staff (n int primary key, id uuid not null)").update();
        jdbc.sql("insert into bench_staff select g, gen_random_uuid() from generate_series(0, ?) g").param(CARE_MANAGERS + 1).update();
        // care managers 0..249, the provider 250, the administrator 251
        jdbc.sql("""
                insert into app_user (id, username, display_name, password_hash, npi, credential)
                select id, 'bench-' || n || '-' || ?, 'Staff ' || n, '{bcrypt}unused',
                       case when n = ? then '1234567893' end, case when n < ? then 'RN' end
                  from bench_staff""").params(practice.toString().substring(0, 8), CARE_MANAGERS, CARE_MANAGERS).update();
        jdbc.sql("""
                insert into user_role (user_id, role)
                select id, case when n < ? then 'CARE_MANAGER' when n = ? then 'PROVIDER' else 'ADMIN' end from bench_staff""")
                .params(CARE_MANAGERS, CARE_MANAGERS).update();
        jdbc.sql("insert into practice_member (user_id, practice_id) select id, ? from bench_staff").param(practice).update();

        jdbc.sql("create temporary table bench_patient (n int primary key, id uuid not null)").update();
        jdbc.sql("insert into bench_patient select g, gen_random_uuid() from generate_series(0, ? - 1) g").param(patients).update();
        jdbc.sql("""
                insert into patient (id, practice_id, mrn, family_name, given_names, birth_date, sex, phone,
                                     best_time_to_call, assigned_care_manager_id, status)
                select p.id, ?, 'B' || p.n, 'Family' || p.n, 'Given' || p.n, date '1935-01-01' + (p.n % 15000),
                       case when p.n % 2 = 0 then 'female' else 'male' end, '555-' || lpad((p.n % 10000)::text, 4, '0'),
                       'mornings', s.id, 'ACTIVE'
                  from bench_patient p
                  join bench_staff s on s.n = case when p.n < ? then 0 else 1 + p.n % (? - 1) end""")
                .params(practice, panel, CARE_MANAGERS).update();
        jdbc.sql("""
                insert into condition (id, patient_id, snomed_code, display, clinical_status, onset_at)
                select gen_random_uuid(), p.id, c.code, c.display, 'active', timestamp '2015-01-01'
                  from bench_patient p
                 cross join (values ('44054006', 'Diabetes mellitus type 2'), ('59621000', 'Essential hypertension')) c(code, display)""")
                .update();
        UUID provider = jdbc.sql("select id from bench_staff where n = ?").param(CARE_MANAGERS).query(UUID.class).single();
        UUID admin = jdbc.sql("select id from bench_staff where n = ?").param(CARE_MANAGERS + 1).query(UUID.class).single();
        jdbc.sql("""
                insert into enrollment (id, patient_id, practice_id, program, billing_practitioner_id, status, start_on,
                                        attested_by, attested_at, created_at)
                select gen_random_uuid(), id, ?, 'CCM', ?, 'ACTIVE', ?, ?, now(), now() from bench_patient""")
                .params(practice, provider, month.atDay(1).minusMonths(2), provider).update();
        jdbc.sql("""
                insert into consent (id, enrollment_id, billing_practitioner_id, method, obtained_on, obtained_by,
                       cost_sharing_explained, one_practitioner_explained, right_to_stop_explained,
                       electronic_sharing_authorized, recorded_at)
                select gen_random_uuid(), e.id, e.billing_practitioner_id, 'VERBAL', e.start_on, ?, true, true, true, true, now()
                  from enrollment e where e.practice_id = ?""").params(admin, practice).update();
        jdbc.sql("""
                insert into care_plan (id, patient_id, practice_id, program, status, version, content, next_review_on,
                                       sign_off, established_on, created_at)
                select gen_random_uuid(), p.id, ?, 'CCM', 'ACTIVE', 1, '{}', ? + (p.n % 60), 'SIGNED', ?, now()
                  from bench_patient p""")
                .params(practice, month.atDay(1), month.atDay(1).minusMonths(2)).update();
        // entries: person n % 250 works in 30-minute slots, so nobody's time overlaps; minutes vary by patient
        jdbc.sql("""
                insert into time_entry (id, patient_id, practice_id, staff_id, staff_name, performer, program, activity,
                                        started_at, ended_at, service_date, minutes, recorded_by, recorded_at)
                select gen_random_uuid(), p.id, ?, s.id, 'Staff ' || s.n, 'CLINICAL_STAFF', 'CCM', 'PATIENT_COMMUNICATION',
                       t.start, t.start + make_interval(mins => t.minutes), (t.start at time zone 'America/New_York')::date,
                       t.minutes, s.id, now()
                  from generate_series(0, ? - 1) g
                  join bench_patient p on p.n = g % ?
                  join bench_staff s on s.n = g % ?
                  cross join lateral (select (cast(? as date) + time '00:05') at time zone 'America/New_York'
                                               + make_interval(mins => 30 * (g / ?)) as start,
                                             1 + ((g::bigint * 7919) % (1 + p.n % 8))::int as minutes) t""")
                .params(practice, entries, patients, CARE_MANAGERS, month.atDay(1), CARE_MANAGERS).update();
        jdbc.sql("""
                insert into interaction (id, patient_id, practice_id, kind, outcome, staff_id, occurred_at, recorded_at)
                select gen_random_uuid(), p.id, ?, 'OUTBOUND_CALL', case when p.n % 3 = 0 then 'REACHED' else 'LEFT_VOICEMAIL' end,
                       ?, (cast(? as date) + time '09:00') at time zone 'America/New_York', now()
                  from bench_patient p where p.n % 2 = 0""").params(practice, admin, month.atDay(1)).update();
        jdbc.sql("""
                insert into task (id, practice_id, patient_id, title, kind, role_pool, due_on, priority, created_at)
                select gen_random_uuid(), ?, p.id, 'Follow up', case when p.n % 40 = 0 then 'ESCALATION' else 'FOLLOW_UP' end,
                       'CARE_MANAGER', cast(? as date) + (p.n % 20), 'ROUTINE', now()
                  from bench_patient p where p.n % 10 = 0""").params(practice, month.atDay(1)).update();
        UUID busiest = jdbc.sql("select id from bench_staff where n = 0").query(UUID.class).single();
        jdbc.sql("drop table bench_staff").update();
        jdbc.sql("drop table bench_patient").update();
        jdbc.sql("analyze").update();
        return new PracticeAtScale(practice, admin, busiest, patients, entries);
    }
}
