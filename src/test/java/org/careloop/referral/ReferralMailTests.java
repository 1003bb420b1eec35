package org.careloop.referral;

import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.careloop.support.CareTeam;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careloop.referral.ReferralFixtures.FOOD;
import static org.careloop.referral.ReferralFixtures.pantryId;
import static org.careloop.referral.ReferralFixtures.patientWithFoodNeed;
import static org.careloop.referral.ReferralFixtures.refer;
import static org.careloop.referral.ReferralFixtures.referral;

/**
 * A referral sent by e-mail reaches the service's intake address through a real SMTP server (GreenMail) with the
 * letter attached as PDF; the e-mail itself names no patient. When the server does not take it, nothing is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mail.host=localhost", "spring.mail.port=3025", "careloop.referrals.mail-from=referrals@riverside.example.org"})
class ReferralMailTests {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aReferralEmailedToTheIntakeAddressCarriesTheLetterAndNamesNoPatientInTheMessage() throws Exception {
        CareTeam team = CareTeam.hire(port, practices, staff, "Mail practice");
        ReferralFixtures.directory(team);
        UUID patient = patientWithFoodNeed(team, "Jablonski", "01844", "en");

        JsonNode sent = refer(team, patient, referral(pantryId(team), FOOD, "EMAIL"));

        assertThat(sent.get("sentTo").asString()).isEqualTo("intake@mvfoodbank.example.org");
        assertThat(sent.get("moves").get(0).get("note").asString()).isEqualTo("E-mailed to intake@mvfoodbank.example.org");
        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage message = received[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("intake@mvfoodbank.example.org");
        assertThat(message.getFrom()[0].toString()).isEqualTo("referrals@riverside.example.org");
        assertThat(message.getSubject()).startsWith("Referral " + sent.get("id").asString().substring(0, 8) + " from Mail practice")
                .doesNotContain("Jablonski");
        MimeMultipart parts = (MimeMultipart) message.getContent();
        String body = GreenMailUtil.getBody(parts.getBodyPart(0));
        assertThat(body).doesNotContain("Jablonski");
        BodyPart letter = parts.getBodyPart(1);
        assertThat(letter.getContentType()).startsWith("application/pdf");
        assertThat(letter.getFileName()).isEqualTo("referral-" + sent.get("id").asString().substring(0, 8) + ".pdf");
        try (PDDocument pdf = Loader.loadPDF(letter.getInputStream().readAllBytes())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Rosa Jablonski").contains("Groceries for two");
        }
    }

    @Test
    void whenTheMailServerDoesNotTakeTheReferralNothingIsStoredAndTheCareManagerIsToldToPrint() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Mail down practice");
        ReferralFixtures.directory(team);
        UUID patient = patientWithFoodNeed(team, "Kowalczyk", "01844", "en");
        mail.stop();

        Api.Response refused = team.careManager.postJson("/api/patients/" + patient + "/referrals",
                referral(pantryId(team), FOOD, "EMAIL"));

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.json().get("detail").asString()).contains("did not take the referral").contains("print the letter");
        assertThat(jdbc.sql("select count(*) from referral where patient_id = ?").param(patient).query(Long.class).single())
                .isZero();
    }
}
