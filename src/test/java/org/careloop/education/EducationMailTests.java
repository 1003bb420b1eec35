package org.careloop.education;

import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.careloop.support.CareTeam;
import org.careloop.support.TestPatients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The patient's large-type copy leaves by e-mail through the configured mail server (GreenMail here, on a port of
 * its own so parallel test runs do not meet): to the patient's address on record, a PDF attached, the subject naming
 * the practice and not the condition; the assignment notes where it went.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EducationMailTests {

    static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        MAIL.start();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        registry.add("careloop.education.mail-from", () -> "care-team@riverside.example");
    }

    @AfterAll
    static void stop() {
        MAIL.stop();
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Test
    void thePatientCopyIsEmailedToThePatientAsAPdf() throws Exception {
        CareTeam team = CareTeam.hire(port, practices, staff, "Mail practice");
        UUID patient = team.patient(Map.of("familyName", "Lopez", "givenNames", "Ana", "birthDate", "1950-05-06",
                "email", "ana.lopez@example.org"));
        Api.Response assigned = team.careManager.postJson("/api/patients/" + patient + "/education",
                Map.of("materialId", "low-blood-sugar-en"));
        String id = assigned.json().get("id").asString();

        Api.Response sent = team.careManager.postJson("/api/education/assignments/" + id + "/patient-copy/email", Map.of());
        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        assertThat(sent.json().get("sentTo").asString()).isEqualTo("ana.lopez@example.org");

        assertThat(MAIL.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage message = MAIL.getReceivedMessages()[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("ana.lopez@example.org");
        assertThat(message.getFrom()[0].toString()).isEqualTo("care-team@riverside.example");
        assertThat(message.getSubject()).isEqualTo("Information from your care team at Mail practice " + team.tag)
                .doesNotContainIgnoringCase("sugar");
        MimeMultipart parts = (MimeMultipart) message.getContent();
        BodyPart attachment = null;
        for (int i = 0; i < parts.getCount(); i++) {
            if ("low-blood-sugar-en.pdf".equals(parts.getBodyPart(i).getFileName())) {
                attachment = parts.getBodyPart(i);
            }
        }
        assertThat(attachment).as(GreenMailUtil.getWholeMessage(message)).isNotNull();
        assertThat(attachment.getContentType()).startsWith("application/pdf");
        assertThat(new String(attachment.getInputStream().readNBytes(5))).isEqualTo("%PDF-");

        assertThat(team.careManager.get("/api/education/assignments/" + id).json().get("copyEmailedTo").asString())
                .isEqualTo("ana.lopez@example.org");
        Api.Response noAddress = team.careManager.postJson("/api/patients/" + TestPatients.register(team.careManager,
                "Noemail", "Ned") + "/education", Map.of("materialId", "copd-en"));
        Api.Response refused = team.careManager.postJson("/api/education/assignments/"
                + noAddress.json().get("id").asString() + "/patient-copy/email", Map.of());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("\"field\":\"to\"");
        assertThat(MAIL.getReceivedMessages()).hasSize(1);
    }
}
