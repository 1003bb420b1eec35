package org.careloop.patient;

import java.util.List;
import java.util.UUID;

import org.careloop.audit.AuditChannel;
import org.careloop.audit.AuditChannels;
import org.careloop.support.Api;
import org.careloop.support.TestPatients;
import org.careloop.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A read through the patient gate is on the audit trail with the door it came through, taken from the request and
 * never passed by the caller: the JSON API, the FHIR endpoint and the web pages each leave their own channel; work
 * outside a request records the door it names, or SYSTEM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PatientGateTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PatientRegistry registry;

    Api rivera;
    UUID patient;
    long before;

    @BeforeEach
    void aPatientOfRiverside() {
        rivera = Api.at(port).as("cm.rivera");
        patient = TestPatients.register(rivera, "Gate" + UUID.randomUUID().toString().substring(0, 8), "Grace");
        before = jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
    }

    @Test
    void aReadThroughTheApiIsRecordedAsApi() {
        assertThat(rivera.get("/api/patients/" + patient).status()).isEqualTo(200);

        assertThat(trail("cm.rivera")).containsExactly("READ Patient API SUCCESS");
    }

    @Test
    void aReadThroughFhirIsRecordedAsFhir() {
        assertThat(rivera.get("/fhir/Patient/" + patient).status()).isEqualTo(200);

        assertThat(trail("cm.rivera")).containsExactly("READ Patient FHIR SUCCESS");
    }

    @Test
    void aReadThroughAPageIsRecordedAsUi() {
        WebSession web = WebSession.signIn(port, "cm.rivera", Api.DEMO_PASSWORD);

        assertThat(web.get("/patients/" + patient).statusCode()).isEqualTo(200);

        assertThat(trail("cm.rivera")).isNotEmpty().allMatch(line -> line.contains(" UI "))
                .contains("READ Patient UI SUCCESS");
    }

    @Test
    void aPatientOfAnotherPracticeIsRefusedAndTheRefusalRecordedWithItsDoor() {
        assertThat(Api.at(port).as("cm.okafor").get("/api/patients/" + patient + "/interactions").status()).isEqualTo(404);

        assertThat(trail("cm.okafor")).containsExactly("READ Interaction API NOT_FOUND");
    }

    @Test
    void workOutsideARequestRecordsTheDoorItNamesOrSystem() {
        assertThat(AuditChannels.current()).isEqualTo(AuditChannel.SYSTEM);
        assertThat(AuditChannels.within(AuditChannel.IMPORT, "nightly-feed", AuditChannels::current))
                .isEqualTo(AuditChannel.IMPORT);
        assertThat(AuditChannels.current()).as("the door closes after the work").isEqualTo(AuditChannel.SYSTEM);
    }

    private List<String> trail(String username) {
        return jdbc.sql("""
                select action || ' ' || resource_type || ' ' || channel || ' ' || outcome from audit_event
                 where patient_id = ? and username = ? and id > ? order by id""")
                .params(patient, username, before).query(String.class).list();
    }
}
