package org.careloop.enrollment.web;

import java.util.Map;
import java.util.UUID;

import org.careloop.support.Api;
import org.careloop.support.TestPatients;
import org.careloop.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The enrollment and time pages answer only to the patient's own practice. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EnrollmentPageTests {

    @Value("${local.server.port}")
    int port;

    @Test
    void anotherPracticesCareManagerGetsNotFoundOnTheEnrollmentAndTimePages() {
        Api rivera = Api.at(port).as("cm.rivera");
        UUID patient = TestPatients.register(rivera, Map.of("familyName", "Scope" + UUID.randomUUID()
                .toString().substring(0, 6), "givenNames", "Riley", "birthDate", "1950-02-03"));

        WebSession okafor = WebSession.signIn(port, "cm.okafor", "careloop-demo");
        assertThat(okafor.get("/patients/" + patient + "/enrollment").statusCode()).isEqualTo(404);
        assertThat(okafor.get("/patients/" + patient + "/time").statusCode()).isEqualTo(404);

        WebSession riveraWeb = WebSession.signIn(port, "cm.rivera", "careloop-demo");
        assertThat(riveraWeb.get("/patients/" + patient + "/enrollment").statusCode()).isEqualTo(200);
        assertThat(riveraWeb.get("/patients/" + patient + "/time").statusCode()).isEqualTo(200);
        assertThat(riveraWeb.get("/patients/new").statusCode()).isEqualTo(200);
    }
}
