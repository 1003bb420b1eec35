package org.careloop.chart;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.careloop.support.TestPatients;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The patients the chart tests look at: a Riverside demo patient with years of Synthea vitals (only read), and a
 * patient of a practice of the test's own, enrolled in CCM with consent, 14 minutes this month, a PHQ-9 that
 * flags suicide risk, a hypertension care plan and a caregiver.
 */
public final class ChartPatients {

    static final ZoneId ZONE = ZoneId.of("America/New_York");

    /** A care manager of a fresh practice and her patient. */
    public record OwnPatient(UUID id, String username, String password, String careManagerName, String familyName) {
    }

    /** One Riverside demo patient. */
    public record DemoPatient(UUID id, String familyName) {
    }

    private ChartPatients() {
    }

    /** The Riverside patient with the most blood pressure readings. */
    public static DemoPatient riversideWithVitals(JdbcClient jdbc) {
        return jdbc.sql("""
                select p.id, p.family_name from patient p join practice pr on pr.id = p.practice_id
                 where pr.name = 'Riverside Family Medicine'
                 order by (select count(*) from observation o where o.patient_id = p.id and o.code = '85354-9') desc, p.id
                 limit 1""").query((rs, n) -> new DemoPatient((UUID) rs.getObject(1), rs.getString(2))).single();
    }

    public static OwnPatient enrolledWithAMonthUnderWay(int port, Practices practices, Staff staff) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID practice = practices.open("Chart practice " + tag).id();
        String password = "pw-" + tag;
        UUID careManagerId = staff.hire("cm.chart." + tag, "Casey Chart " + tag, password, null, "RN",
                List.of(Role.CARE_MANAGER), Set.of(practice)).id();
        UUID providerId = staff.hire("dr.chart." + tag, "Dr Chart " + tag, password, "1234567893", "MD",
                List.of(Role.PROVIDER), Set.of(practice)).id();
        Api careManager = Api.at(port).as("cm.chart." + tag, password);
        Api provider = Api.at(port).as("dr.chart." + tag, password);
        String family = "Lindqvist" + tag;
        UUID patient = TestPatients.register(careManager, Map.of("familyName", family, "givenNames", "Astrid",
                "assignedCareManagerId", careManagerId.toString(),
                "contacts", List.of(Map.of("kind", "CAREGIVER", "name", "Erik Lindqvist", "relation", "son",
                        "phone", "555-0142", "mayReceiveHealthInformation", true))));
        TestPatients.enrollInCcm(careManager, provider, patient, providerId, YearMonth.now(ZONE).atDay(1));
        Api.Response logged = careManager.postJson("/api/patients/" + patient + "/time-entries", Map.of("program", "CCM",
                "activity", "PATIENT_COMMUNICATION", "startedAt",
                ZonedDateTime.now(ZONE).minusHours(1).withSecond(0).withNano(0).toOffsetDateTime().toString(),
                "minutes", 14));
        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
        Api.Response screened = careManager.postJson("/api/patients/" + patient + "/assessments",
                Map.of("instrument", "PHQ-9", "answers", List.of(1, 1, 1, 1, 0, 0, 0, 0, 2)));
        assertThat(screened.status()).as(screened.toString()).isEqualTo(201);
        TestPatients.startCarePlan(careManager, patient, "CCM", "hypertension");
        return new OwnPatient(patient, "cm.chart." + tag, password, "Casey Chart " + tag, family);
    }
}
