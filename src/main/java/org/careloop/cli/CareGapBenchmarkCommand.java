package org.careloop.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.careloop.CommandLineTool;
import org.careloop.audit.AuditChannel;
import org.careloop.audit.AuditChannels;
import org.careloop.caregap.CareGaps;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar careloop.jar benchmark-caregaps [PATIENTS]}: generates a practice of 20,000 patients with diabetes
 * and hypertension, each with HbA1c, blood pressure panels, kidney tests, vaccines, procedures and unrelated results,
 * in a fresh throw-away PostgreSQL (or SPRING_DATASOURCE_URL's database), then times the care-gap sweep of every
 * measure for every patient (read, evaluate, store) against a plain SQL scan of the same rows (the floor).
 */
@Component
class CareGapBenchmarkCommand implements CommandLineTool {

    @Override
    public String name() {
        return "benchmark-caregaps";
    }

    @Override
    public int run(String... arguments) {
        return AuditChannels.within(AuditChannel.COMMAND_LINE, null, () -> measure(arguments));
    }

    private int measure(String... arguments) {
        int patients = arguments.length >= 1 ? Integer.parseInt(arguments[0]) : 20_000;
        String externalUrl = System.getenv("SPRING_DATASOURCE_URL");
        try (EmbeddedPostgres postgres = externalUrl == null ? MonthBenchmarkCommand.freshPostgres() : null;
             ConfigurableApplicationContext context = MonthBenchmarkCommand.start(
                     postgres == null ? externalUrl : postgres.getJdbcUrl("postgres", "postgres"))) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            LocalDate today = LocalDate.now(context.getBean(Clock.class));
            System.out.printf("Generating %,d patients with their clinical records ...%n", patients);
            long generating = System.nanoTime();
            PracticeAtScale practice = PracticeAtScale.generate(jdbc, YearMonth.from(today), patients, patients, 400);
            int rows = clinicalRecords(jdbc, practice);
            jdbc.sql("analyze").update();
            System.out.printf("  generated %,d clinical rows in %.1f s%n", rows, MonthBenchmarkCommand.seconds(generating));
            MonthBenchmarkCommand.signInAs(context, practice);

            List<Double> floor = MonthBenchmarkCommand.times(3, () -> scan(jdbc, practice));
            CareGaps careGaps = context.getBean(CareGaps.class);
            List<Double> sweeps = new ArrayList<>();
            int evaluated = 0;
            for (int run = 0; run < 3; run++) {
                long start = System.nanoTime();
                evaluated = careGaps.sweep(today);
                sweeps.add(MonthBenchmarkCommand.seconds(start) * 1000);
            }
            List<java.util.Map<String, Object>> byStatus = jdbc.sql(
                    "select measure, status, count(*) as n from care_gap group by measure, status order by measure, status")
                    .query().listOfRows();
            double sweep = MonthBenchmarkCommand.median(sweeps);
            double scan = MonthBenchmarkCommand.median(floor);
            System.out.printf("%nCare-gap sweep, %,d patients x 12 measures, %,d clinical rows%n", evaluated, rows);
            byStatus.forEach(row -> System.out.printf("  %-22s %-15s %,7d%n", row.get("measure"), row.get("status"), row.get("n")));
            System.out.printf("  sweep:           median %,.0f ms (runs %s)%n", sweep, MonthBenchmarkCommand.rounded(sweeps));
            System.out.printf("  SQL scan:        median %,.0f ms (runs %s)  <- the floor%n", scan,
                    MonthBenchmarkCommand.rounded(floor));
            System.out.printf("  ratio:           %.1f x the floor%n", sweep / scan);
            System.out.printf("Target: sweep < 30,000 ms: %s%n", sweep < 30_000 ? "met" : "MISSED");
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same rows the sweep reads, in one plain query per table, counted. */
    private static int scan(JdbcClient jdbc, PracticeAtScale practice) {
        int rows = 0;
        for (String table : List.of("condition", "observation", "immunization", "clinical_procedure")) {
            rows += jdbc.sql("select count(*) from (select t.* from " + table
                    + " t join patient p on p.id = t.patient_id where p.practice_id = ?) rows")
                    .param(practice.practiceId()).query(Integer.class).single();
        }
        rows += jdbc.sql("""
                select count(*) from (select c.* from observation_component c join observation o on o.id = c.observation_id
                  join patient p on p.id = o.patient_id where p.practice_id = ?) rows""")
                .param(practice.practiceId()).query(Integer.class).single();
        return rows + jdbc.sql("select count(*) from (select * from assessment_response where practice_id = ?) rows")
                .param(practice.practiceId()).query(Integer.class).single();
    }

    /**
     * Per patient: 3 HbA1c results, 4 blood pressure panels with their parts, an eGFR, most a uACR, 4 unrelated
     * results, flu, Td and zoster vaccines for some, a colonoscopy or mammogram for some, a hospice stay for a few.
     * Each row carries its codings as an import keeps them; as EHRs send them, an HbA1c also carries the lab's own
     * code, a flu shot its NDC, and a colonoscopy is filed under the hospital's code with SNOMED CT only second, so
     * the sweep finds it by its codings.
     */
    private static int clinicalRecords(JdbcClient jdbc, PracticeAtScale practice) {
        int rows = jdbc.sql("""
                insert into observation (id, patient_id, status, category, code_system, code, display, value_quantity,
                                         value_unit, effective_at, codings)
                select gen_random_uuid(), p.id, 'final', 'laboratory', 'http://loinc.org', o.code, o.display,
                       o.base + (p.n % 7) * o.step, o.unit, now() - make_interval(days => (p.n * 7 + o.k * 97) % 900),
                       case when o.code = '4548-4' then jsonb_build_array(
                                jsonb_build_object('system', 'urn:careloop:benchmark:lab', 'code', 'A1C', 'display', o.display),
                                jsonb_build_object('system', 'http://loinc.org', 'code', o.code, 'display', o.display))
                            else jsonb_build_array(jsonb_build_object('system', 'http://loinc.org', 'code', o.code,
                                                                      'display', o.display)) end
                  from (select id, practice_id, substring(mrn from 2)::int as n from patient) p
                 cross join (values ('4548-4', 'Hemoglobin A1c', 6.0, 0.5, '%', 1), ('4548-4', 'Hemoglobin A1c', 6.5, 0.4, '%', 2),
                                    ('4548-4', 'Hemoglobin A1c', 7.0, 0.4, '%', 3), ('33914-3', 'eGFR', 50, 5, 'mL/min', 4),
                                    ('14959-1', 'uACR', 10, 8, 'mg/g', 5), ('2093-3', 'Cholesterol', 180, 5, 'mg/dL', 6),
                                    ('2571-8', 'Triglycerides', 150, 5, 'mg/dL', 7), ('29463-7', 'Body weight', 80, 2, 'kg', 8),
                                    ('39156-5', 'BMI', 27, 1, 'kg/m2', 9)) o(code, display, base, step, unit, k)
                 where p.practice_id = ? and (o.code <> '14959-1' or p.n % 3 <> 0)""")
                .param(practice.practiceId()).update();
        rows += jdbc.sql("""
                insert into observation (id, patient_id, status, category, code_system, code, display, effective_at, codings)
                select gen_random_uuid(), p.id, 'final', 'vital-signs', 'http://loinc.org', '85354-9', 'Blood pressure panel',
                       now() - make_interval(days => (p.n * 11 + k * 83) % 700),
                       '[{"system": "http://loinc.org", "code": "85354-9", "display": "Blood pressure panel"}]'
                  from (select id, practice_id, substring(mrn from 2)::int as n from patient) p cross join generate_series(1, 4) k where p.practice_id = ?""")
                .param(practice.practiceId()).update();
        rows += jdbc.sql("""
                insert into observation_component (observation_id, position, code_system, code, display, value_quantity, value_unit)
                select o.id, c.position, 'http://loinc.org', c.code, c.display,
                       c.base + (abs(hashtext(o.id::text)) % 40), 'mm[Hg]'
                  from observation o join patient p on p.id = o.patient_id and p.practice_id = ?
                 cross join (values (0, '8480-6', 'Systolic', 115), (1, '8462-4', 'Diastolic', 65)) c(position, code, display, base)
                 where o.code = '85354-9'""")
                .param(practice.practiceId()).update();
        rows += jdbc.sql("""
                insert into immunization (id, patient_id, cvx_code, display, status, occurred_at, codings)
                select gen_random_uuid(), p.id, v.cvx, v.display, 'completed', now() - make_interval(days => (p.n * 13 + v.k * 71) % v.span),
                       case when v.cvx = '140' then jsonb_build_array(
                                jsonb_build_object('system', 'http://hl7.org/fhir/sid/ndc', 'code', '49281-0424-50'),
                                jsonb_build_object('system', 'http://hl7.org/fhir/sid/cvx', 'code', v.cvx, 'display', v.display))
                            else jsonb_build_array(jsonb_build_object('system', 'http://hl7.org/fhir/sid/cvx', 'code', v.cvx,
                                                                      'display', v.display)) end
                  from (select id, practice_id, substring(mrn from 2)::int as n from patient) p
                 cross join (values ('140', 'Influenza', 1, 500, 2), ('113', 'Td', 2, 5000, 3), ('187', 'Zoster recombinant', 3, 2000, 4),
                                    ('187', 'Zoster recombinant', 4, 2000, 5), ('121', 'Zoster live', 5, 6000, 2),
                                    ('133', 'PCV13', 6, 4000, 3), ('33', 'PPSV23', 7, 3000, 4)) v(cvx, display, k, span, every)
                 where p.practice_id = ? and p.n % v.every <> 0""")
                .param(practice.practiceId()).update();
        rows += jdbc.sql("""
                insert into clinical_procedure (id, patient_id, code_system, code, display, status, performed_start, codings)
                select gen_random_uuid(), p.id, coalesce(x.local_system, 'http://snomed.info/sct'), coalesce(x.local, x.code),
                       x.display, 'completed', now() - make_interval(days => (p.n * 17 + x.k * 53) % x.span),
                       case when x.local is null then '[]'::jsonb
                            else jsonb_build_array(jsonb_build_object('system', x.local_system, 'code', x.local)) end
                       || jsonb_build_array(jsonb_build_object('system', 'http://snomed.info/sct', 'code', x.code,
                                                               'display', x.display))
                  from (select id, practice_id, substring(mrn from 2)::int as n from patient) p
                 cross join (values ('73761001', 'Colonoscopy', 1, 5000, 3, 'urn:careloop:benchmark:procedure', 'COLO'),
                                    ('71651007', 'Mammography', 2, 1200, 2, null, null),
                                    ('36228007', 'Ophthalmic examination', 3, 800, 2, null, null),
                                    ('385763009', 'Hospice care', 4, 3000, 40, null, null),
                                    ('162673000', 'General examination', 5, 900, 1, null, null))
                            x(code, display, k, span, every, local_system, local)
                 where p.practice_id = ? and p.n % x.every = 0""")
                .param(practice.practiceId()).update();
        return rows;
    }
}
