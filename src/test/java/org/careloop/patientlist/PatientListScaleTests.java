package org.careloop.patientlist;

import java.util.LinkedHashMap;
import java.util.Map;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.careloop.support.CareTeam;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A practice of 10,000 patients, a third of them with chronic conditions: every way of asking for a page of the
 * list answers with the right page, the enrollment outreach list included. The milliseconds are printed for the
 * record, not asserted (speed is a benchmark's business; a loaded CI machine must not fail this).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PatientListScaleTests {

    static final int PATIENTS = 10_000;

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPageOfTenThousandPatientsComesBackHoweverItIsAskedFor() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Large practice");
        jdbc.sql("""
                insert into patient (id, practice_id, mrn, family_name, given_names, birth_date, sex, phone,
                                     assigned_care_manager_id, medicare_id)
                select gen_random_uuid(), ?, 'L' || n, 'Family' || lpad(n::text, 5, '0'), 'Given' || (n % 97),
                       date '1930-01-01' + (n % 20000), 'female', '617-555-' || lpad((n % 10000)::text, 4, '0'),
                       case when n % 5 = 0 then null else ? end, null
                  from generate_series(1, ?) n""").params(team.practice, team.careManagerId, PATIENTS).update();
        jdbc.sql("""
                insert into condition (id, patient_id, snomed_code, code_system, code, display, clinical_status)
                select gen_random_uuid(), p.id, c.code, 'http://snomed.info/sct', c.code, 'chronic', 'active'
                  from patient p cross join (values ('44054006'), ('84114007')) c(code)
                 where p.practice_id = ? and right(p.mrn, 1) in ('1', '4', '7')""").param(team.practice).update();
        jdbc.sql("analyze patient").update();
        jdbc.sql("analyze condition").update();

        Map<String, Long> millis = new LinkedHashMap<>();
        for (String query : new String[] {"", "page=150", "q=family0421", "q=L4242", "q=1951-02-03", "q=5550142",
                "q=1EG4-TE5-MK73", "filter=no-care-manager", "filter=eligible-not-enrolled",
                "filter=eligible-not-enrolled&page=40", "program=CCM&filter=consent-pending"}) {
            get(team.careManager, query);
            long started = System.nanoTime();
            Api.Response page = get(team.careManager, query);
            millis.put(query.isEmpty() ? "(everyone)" : query, (System.nanoTime() - started) / 1_000_000);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
        }
        System.out.println("Patient list, 10,000 patients, 50 a page, milliseconds: " + millis);
        assertThat(get(team.careManager, "filter=eligible-not-enrolled").json().get("total").asLong()).isEqualTo(3000);
    }

    private static Api.Response get(Api caller, String query) {
        return caller.get("/api/patients?size=50&" + query);
    }
}
