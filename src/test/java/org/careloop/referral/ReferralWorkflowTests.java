package org.careloop.referral;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.careloop.support.CareTeam;
import org.careloop.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careloop.referral.ReferralFixtures.FOOD;
import static org.careloop.referral.ReferralFixtures.move;
import static org.careloop.referral.ReferralFixtures.pantryId;
import static org.careloop.referral.ReferralFixtures.patientWithFoodNeed;
import static org.careloop.referral.ReferralFixtures.refer;
import static org.careloop.referral.ReferralFixtures.referral;

/**
 * A care manager refers a patient's food need to the service the directory ranks first for the patient's ZIP code,
 * prints the letter, records the service's answer and the outcome, and the care plan then says the need is met. The
 * practice sees its loop. Illegal and stale moves, a referral without consent, an e-mail with no mail server, and
 * another practice's user all change nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReferralWorkflowTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFoodNeedIsReferredToTheBestRankedServiceAndClosingTheLoopMeetsTheNeedOnTheSignedCarePlan() throws IOException {
        CareTeam team = CareTeam.hire(port, practices, staff, "Referral practice");
        ReferralFixtures.directory(team);
        UUID patient = patientWithFoodNeed(team, "Alvarez", "01844", "es");

        JsonNode suggestions = team.careManager.get("/api/patients/" + patient + "/community/suggestions").json();
        assertThat(suggestions.get("zip").asString()).isEqualTo("01844");
        JsonNode food = suggestions.get("needs").valueStream()
                .filter(n -> n.get("need").get("sdohDomain").asString().equals(FOOD)).findFirst().orElseThrow();
        assertThat(food.get("services").size()).isEqualTo(3);
        JsonNode best = food.get("services").get(0);
        assertThat(best.get("area").asString()).isEqualTo("SERVES_ZIP");
        assertThat(best.get("reasons").valueStream().map(JsonNode::asString).toList())
                .contains("Serves ZIP 01844", "Speaks Spanish");

        JsonNode sent = refer(team, patient, referral(best.get("service").get("id").asString(), FOOD, "PRINT"));
        assertThat(sent.get("status").asString()).isEqualTo("SENT");
        assertThat(sent.get("careManagerId").asString()).isEqualTo(team.careManagerId.toString());
        assertThat(sent.get("answerDueOn").asString()).isNotBlank();
        assertThat(sent.get("moves").get(0).get("note").asString()).isEqualTo("Printed for fax or hand delivery");

        Api.Response letter = team.careManager.get("/api/referrals/" + sent.get("id").asString() + "/letter");
        assertThat(letter.contentType()).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(letter.body())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Rosa Alvarez", "1951-06-14", "978-555-0177",
                    "Food ran out or was feared to run out", "Groceries for two this week",
                    "the patient agreed to share Name, date of birth, phone number and the food need with the food bank's intake staff",
                    "Casey " + team.tag);
        }

        JsonNode accepted = move(team.careManager, sent, 0, "ACCEPTED", Map.of("note", "First visit Tuesday")).json();
        assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
        Api.Response closed = move(team.careManager, sent, 1, "SERVICE_PROVIDED", Map.of("needStatus", "MET"));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().get("moves").valueStream().map(m -> m.get("status").asString()).toList())
                .containsExactly("SENT", "ACCEPTED", "SERVICE_PROVIDED");

        JsonNode plan = team.careManager.get("/api/care-plans/" + team.careManager.get("/api/patients/" + patient
                + "/care-plans").json().get(0).get("id").asString()).json();
        JsonNode need = plan.get("content").get("problems").valueStream()
                .filter(p -> FOOD.equals(p.path("sdohDomain").asString(null))).findFirst().orElseThrow();
        assertThat(need.get("needStatus").asString()).isEqualTo("MET");
        assertThat(plan.get("signOff").asString()).as("how far a need is met keeps the signature").isEqualTo("SIGNED");
        assertThat(team.careManager.get("/api/patients/" + patient + "/community/suggestions").json().get("needs")
                .valueStream().map(n -> n.get("need").get("sdohDomain").asString())).doesNotContain(FOOD);

        JsonNode loop = team.careManager.get("/api/referrals/loop?practice=" + team.practice).json();
        assertThat(loop.get("total").get("sent").asInt()).isEqualTo(1);
        assertThat(loop.get("total").get("serviceProvided").asInt()).isEqualTo(1);
        assertThat(loop.get("total").get("medianDaysToClose").asDouble()).isZero();
        assertThat(loop.get("byNeed").get(0).get("label").asString()).isEqualTo("Food insecurity");
        String csv = team.careManager.get("/api/referrals/loop.csv?practice=" + team.practice).text();
        assertThat(csv).startsWith("group,label,sent,").contains("all,All referrals,1,0,0,0,1,0,0,100,0.0")
                .contains("organization," + best.get("service").get("organization").get("name").asString() + ",1,");
    }

    @Test
    void illegalAndStaleMovesAreRefusedNamingTheStatusAndChangeNothing() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Refusing practice");
        ReferralFixtures.directory(team);
        UUID patient = patientWithFoodNeed(team, "Brandt", "01604", "en-US");
        JsonNode sent = refer(team, patient, referral(pantryId(team), FOOD, "PRINT"));

        Api.Response early = move(team.careManager, sent, 0, "SERVICE_PROVIDED", Map.of("needStatus", "MET"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("detail").asString()).isEqualTo("The referral is SENT and cannot become SERVICE_PROVIDED");
        Api.Response stale = move(team.careManager, sent, 4, "ACCEPTED", Map.of());
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("currentVersion").asInt()).isZero();
        Api.Response byHand = move(team.careManager, sent, 0, "NO_RESPONSE", Map.of());
        assertThat(byHand.status()).isEqualTo(400);
        assertThat(byHand.json().get("errors").get(0).get("field").asString()).isEqualTo("status");
        Api.Response noReason = move(team.careManager, sent, 0, "DECLINED", Map.of());
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(team.nurse.get("/api/referrals/" + sent.get("id").asString()).json().get("status").asString())
                .isEqualTo("SENT");
        assertThat(team.biller().get("/api/referrals/" + sent.get("id").asString()).status()).isEqualTo(403);
    }

    @Test
    void aReferralWithoutTheConsentToShareIsRefusedNamingTheFieldsAndNothingIsStored() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Consent practice");
        ReferralFixtures.directory(team);
        UUID patient = patientWithFoodNeed(team, "Castro", "01844", "es");
        Map<String, Object> body = new java.util.HashMap<>(referral(pantryId(team), FOOD, "PRINT"));
        body.put("consent", Map.of("what", " ", "givenOn", LocalDate.now(CareTeam.ZONE).plusDays(1).toString()));
        body.put("request", "");

        Api.Response refused = team.careManager.postJson("/api/patients/" + patient + "/referrals", body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactlyInAnyOrder("request", "consent.what", "consent.withWhom", "consent.givenOn");
        assertThat(jdbc.sql("select count(*) from referral where patient_id = ?").param(patient).query(Long.class).single())
                .isZero();
    }

    @Test
    void anEmailWithNoMailServerAnswersAClearProblemAndStoresNothing() {
        CareTeam team = CareTeam.hire(port, practices, staff, "No mail practice");
        ReferralFixtures.directory(team);
        UUID patient = patientWithFoodNeed(team, "Dube", "01844", "en");

        Api.Response refused = team.careManager.postJson("/api/patients/" + patient + "/referrals",
                referral(pantryId(team), FOOD, "EMAIL"));

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.json().get("detail").asString()).contains("E-mail is not configured")
                .contains("print the letter");
        assertThat(jdbc.sql("select count(*) from referral where patient_id = ?").param(patient).query(Long.class).single())
                .isZero();
    }

    @Test
    void theReferralFormOnThePageNamesWhatIsMissingAndAPrintedReferralOpensItsPage() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Form practice");
        ReferralFixtures.directory(team);
        UUID patient = patientWithFoodNeed(team, "Egede", "01844", "en");
        WebSession web = team.signIn(team.careManagerUsername());
        assertThat(web.get("/patients/" + patient + "/referrals/new?need=" + FOOD + "&service=" + pantryId(team)).statusCode())
                .isEqualTo(200);

        HttpResponse<String> refused = web.post("/patients/" + patient + "/referrals", Map.of("needDomain", FOOD,
                "serviceId", pantryId(team), "request", "Groceries", "consentGivenOn",
                LocalDate.now(CareTeam.ZONE).toString(), "delivery", "PRINT"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"consent-what-error\"").contains("id=\"consent-with-whom-error\"");
        HttpResponse<String> misdated = web.post("/patients/" + patient + "/referrals", Map.of("needDomain", FOOD,
                "serviceId", pantryId(team), "request", "Groceries", "consentWhat", "Name", "consentWithWhom", "Intake",
                "consentGivenOn", "2026-13-01", "delivery", "PRINT"));
        assertThat(misdated.statusCode()).isEqualTo(400);
        assertThat(misdated.body()).contains("id=\"consent-given-on-error\"").contains("must be a date");

        HttpResponse<String> printed = web.post("/patients/" + patient + "/referrals", Map.of("needDomain", FOOD,
                "serviceId", pantryId(team), "request", "Groceries", "consentWhat", "Name and phone",
                "consentWithWhom", "Pantry intake", "consentGivenOn", LocalDate.now(CareTeam.ZONE).toString(),
                "urgency", "ROUTINE", "careManagerId", team.careManagerId.toString(), "delivery", "PRINT",
                "sentOn", LocalDate.now(CareTeam.ZONE).toString()));
        assertThat(printed.statusCode()).isEqualTo(302);
        String page = web.get(java.net.URI.create(printed.headers().firstValue("Location").orElseThrow()).getPath()).body();
        assertThat(page).contains("Referral to Merrimack Valley Community Food Bank").contains("id=\"letter-link\"")
                .contains("id=\"accept-form\"");
        assertThat(web.get("/patients/" + patient + "/community-suggestions").body())
                .contains("Referred to Merrimack Valley Community Food Bank");
    }

    @Test
    void anotherPracticesUserFindsNoReferralAndChangesNothing() {
        CareTeam team = CareTeam.hire(port, practices, staff, "Scoped referrals");
        CareTeam other = CareTeam.hire(port, practices, staff, "Stranger referrals");
        ReferralFixtures.directory(team);
        UUID patient = patientWithFoodNeed(team, "Fofana", "01844", "en");
        JsonNode sent = refer(team, patient, referral(pantryId(team), FOOD, "PRINT"));
        String id = sent.get("id").asString();

        for (String path : List.of("/api/referrals/" + id, "/api/referrals/" + id + "/letter", "/api/referrals/" + id + "/fhir")) {
            assertThat(other.careManager.get(path).status()).as(path).isEqualTo(404);
        }
        assertThat(move(other.careManager, sent, 0, "ACCEPTED", Map.of()).status()).isEqualTo(404);
        WebSession stranger = other.signIn(other.careManagerUsername());
        assertThat(stranger.get("/referrals/" + id).statusCode()).isEqualTo(404);
        assertThat(stranger.get("/referrals/" + id + "/letter.pdf").statusCode()).isEqualTo(404);
        assertThat(stranger.post("/referrals/" + id + "/status", Map.of("version", "0", "status", "ACCEPTED")).statusCode())
                .isEqualTo(404);
        assertThat(other.careManager.get("/api/referrals/loop?practice=" + team.practice).status()).isEqualTo(404);
        UUID theirs = other.patient("Ghosh", "Anil");
        Api.Response borrowed = other.careManager.postJson("/api/patients/" + theirs + "/referrals",
                referral(pantryId(team), null, "PRINT"));
        assertThat(borrowed.status()).isEqualTo(400);
        assertThat(borrowed.json().get("errors").get(0).get("field").asString()).isEqualTo("serviceId");

        JsonNode unchanged = team.careManager.get("/api/referrals/" + id).json();
        assertThat(unchanged.get("status").asString()).isEqualTo("SENT");
        assertThat(unchanged.get("version").asInt()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where resource_type = 'Referral' and resource_id = ? "
                + "and outcome = 'NOT_FOUND'").param(id).query(Long.class).single()).isPositive();
    }

    @Test
    void theReferralExportsAsAGravityServiceRequestWithItsTaskFollowingTheLifecycle() {
        CareTeam team = CareTeam.hire(port, practices, staff, "FHIR referrals");
        ReferralFixtures.directory(team);
        UUID patient = patientWithFoodNeed(team, "Haddad", "01844", "en");
        JsonNode sent = refer(team, patient, referral(pantryId(team), FOOD, "PRINT"));
        String path = "/api/referrals/" + sent.get("id").asString() + "/fhir";

        JsonNode bundle = team.careManager.get(path).json();
        JsonNode request = resource(bundle, "ServiceRequest");
        JsonNode task = resource(bundle, "Task");
        assertThat(request.get("status").asString()).isEqualTo("active");
        assertThat(request.get("intent").asString()).isEqualTo("order");
        assertThat(request.get("category").valueStream().map(c -> c.get("coding").get(0).get("code").asString()).toList())
                .containsExactly("410606002", "food-insecurity");
        assertThat(request.get("subject").get("reference").asString()).isEqualTo("Patient/" + patient);
        assertThat(request.get("performer").get(0).get("display").asString()).isEqualTo("Merrimack Valley Community Food Bank");
        assertThat(request.get("supportingInfo").get(0).get("reference").asString())
                .isEqualTo(fullUrl(bundle, "Consent"));
        assertThat(task.get("status").asString()).isEqualTo("requested");
        assertThat(task.get("code").get("coding").get(0).get("code").asString()).isEqualTo("fulfill");
        assertThat(task.get("focus").get("reference").asString()).isEqualTo(fullUrl(bundle, "ServiceRequest"));
        assertThat(task.get("owner").get("reference").asString()).isEqualTo(fullUrl(bundle, "Organization"));

        move(team.careManager, sent, 0, "DECLINED", Map.of("reason", "Not eligible"));
        JsonNode declined = team.careManager.get(path).json();
        assertThat(resource(declined, "Task").get("status").asString()).isEqualTo("rejected");
        assertThat(resource(declined, "Task").get("statusReason").get("text").asString()).isEqualTo("Not eligible");
        assertThat(resource(declined, "ServiceRequest").get("status").asString()).isEqualTo("revoked");
    }

    private static JsonNode resource(JsonNode bundle, String type) {
        return bundle.get("entry").valueStream().map(e -> e.get("resource"))
                .filter(r -> r.get("resourceType").asString().equals(type)).findFirst().orElseThrow();
    }

    private static String fullUrl(JsonNode bundle, String type) {
        return bundle.get("entry").valueStream().filter(e -> e.get("resource").get("resourceType").asString().equals(type))
                .findFirst().orElseThrow().get("fullUrl").asString();
    }
}
