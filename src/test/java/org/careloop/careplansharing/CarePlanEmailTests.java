package org.careloop.careplansharing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.careloop.support.CareTeam;
import org.careloop.support.TestPatients;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The care manager e-mails the care plan to the cardiologist through a real SMTP server (GreenMail): the message
 * goes to the address given, says whose plan it is in its body but not its subject, carries the plan as a PDF, and
 * the plan page then says "Shared with Dr Chen on … by … (e-mail)". A refused address names the field and sends
 * nothing; another practice's user cannot share the plan.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CarePlanEmailTests {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        properties.add("careloop.mail.from", () -> "Sharing Clinic <care-team@careloop.example>");
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emptyMailbox() throws Exception {
        MAIL.purgeEmailFromAllMailboxes();
    }

    @Test
    void theCarePlanIsEmailedWithItsPdfAndTheShareIsRecordedOnThePlan() throws Exception {
        CareTeam team = CareTeam.hire(port, practices, staff, "Sharing practice");
        UUID patient = team.enrolledPatient("Okafor", "Grace");
        String plan = TestPatients.signedCarePlan(team.careManager, team.provider, patient, "diabetes", "hypertension");

        Api.Response shared = team.careManager.postJson(shares(patient), Map.of("recipientName", "Dr Chen, cardiology",
                "email", "dr.chen@heart.example", "method", "EMAIL"));
        assertThat(shared.status()).as(shared.toString()).isEqualTo(201);
        assertThat(shared.json().get("recipientName").asString()).isEqualTo("Dr Chen, cardiology");
        assertThat(shared.json().get("carePlanId").asString()).isEqualTo(plan);
        assertThat(shared.json().get("sharedBy").asString()).isEqualTo("Casey " + team.tag);

        assertThat(MAIL.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage[] received = MAIL.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage message = received[0];
        assertThat(message.getAllRecipients()[0].toString()).contains("dr.chen@heart.example");
        assertThat(message.getFrom()[0].toString()).contains("care-team@careloop.example");
        assertThat(message.getSubject()).startsWith("Care plan shared by Sharing practice " + team.tag + ": CCM plan, version")
                .doesNotContain("Okafor");
        String body = GreenMailUtil.getBody(message);
        assertThat(body).contains("Grace Okafor").contains("Dear Dr Chen, cardiology");
        Part pdf = attachment((Multipart) message.getContent());
        assertThat(pdf).as("a PDF attachment").isNotNull();
        assertThat(pdf.getFileName()).matches("care-plan-ccm-v\\d+\\.pdf");
        assertThat(pdf.getContentType()).startsWith("application/pdf");
        assertThat(new String(pdf.getInputStream().readNBytes(5))).isEqualTo("%PDF-");

        String card = team.signIn(team.careManagerUsername()).htmx("/care-plans/" + plan + "/shares").body();
        assertThat(card).contains("Shared with Dr Chen, cardiology on "
                + LocalDate.now(CareTeam.ZONE).format(DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH))
                + " by Casey " + team.tag + " (e-mail)");
        JsonNode listed = team.nurse.get(shares(patient)).json();
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).get("method").asString()).isEqualTo("EMAIL");
        assertThat(listed.get(0).get("email").asString()).isEqualTo("dr.chen@heart.example");
    }

    @Test
    void aBadRecipientIsRefusedNamingTheFieldAndNothingIsSentOrRecorded() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Refused sharing practice");
        CareTeam stranger = CareTeam.hire(port, practices, staff, "Stranger sharing practice");
        UUID patient = team.patient("Quinn", "Roisin");
        TestPatients.startCarePlan(team.careManager, patient, "CCM", "hypertension");

        assertRefused(team.careManager.postJson(shares(patient), Map.of("recipientName", "Dr Chen", "method", "EMAIL")), "email");
        assertRefused(team.careManager.postJson(shares(patient), Map.of("recipientName", "Dr Chen",
                "email", "chen at heart", "method", "EMAIL")), "email");
        assertRefused(team.careManager.postJson(shares(patient), Map.of("email", "dr.chen@heart.example",
                "method", "EMAIL")), "recipientName");
        assertRefused(team.careManager.postJson(shares(patient), Map.of("recipientName", "Dr Chen",
                "email", "dr.chen@heart.example", "method", "FAX")), "method");
        assertRefused(team.careManager.postJson(shares(patient), Map.of("recipientName", "Dr Chen",
                "email", "dr.chen@heart.example", "method", "EMAIL", "practitionerId", UUID.randomUUID().toString())),
                "practitionerId");
        assertThat(stranger.careManager.postJson(shares(patient), Map.of("recipientName", "Dr Chen",
                "email", "dr.chen@heart.example", "method", "EMAIL")).status()).isEqualTo(404);
        assertThat(stranger.careManager.get(shares(patient)).status()).isEqualTo(404);

        assertThat(MAIL.getReceivedMessages()).isEmpty();
        assertThat(jdbc.sql("select count(*) from care_plan_share where patient_id = ?").param(patient)
                .query(Long.class).single()).isZero();
    }

    private static void assertRefused(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString())).contains(field);
    }

    private static Part attachment(Multipart multipart) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return part;
            }
            if (part.getContent() instanceof Multipart nested) {
                Part found = attachment(nested);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static String shares(UUID patient) {
        return "/api/patients/" + patient + "/care-plan/shares";
    }
}
