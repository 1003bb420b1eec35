package org.careloop.referral;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.community.HsdsPackages;
import org.careloop.support.Api;
import org.careloop.support.CareTeam;
import org.careloop.support.TestPatients;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Patients with a food need on a signed care plan, a practice with the demo directory, referrals as the API takes them. */
final class ReferralFixtures {

    static final String FOOD = "food-insecurity";
    static final String PANTRY = "Weekly Food Pantry";

    private ReferralFixtures() {
    }

    /** The practice gets the demo directory (once per team is enough). */
    static void directory(CareTeam team) {
        HsdsPackages.importDemo(team.admin(), team.practice);
    }

    /**
     * A patient living in {@code zip}, speaking {@code language}, whose signed CCM care plan holds the food need an
     * AHC HRSN screen found.
     */
    static UUID patientWithFoodNeed(CareTeam team, String family, String zip, String language) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("familyName", family);
        fields.put("givenNames", "Rosa");
        fields.put("birthDate", "1951-06-14");
        fields.put("phone", "978-555-0177");
        fields.put("preferredLanguage", language);
        fields.put("address", Map.of("line", "12 Elm Street", "city", "Methuen", "state", "MA", "postalCode", zip));
        UUID patient = team.patient(fields);
        String plan = TestPatients.startCarePlan(team.careManager, patient, "CCM", "diabetes");
        Api.Response screened = team.careManager.postJson("/api/patients/" + patient + "/assessments", Map.of(
                "instrument", "AHC HRSN", "answers", List.of("steady-place", List.of("none"), "often-true", "never-true",
                        "no", "no", "never", "never", "never", "never")));
        assertThat(screened.status()).as(screened.toString()).isEqualTo(201);
        JsonNode current = team.careManager.get("/api/care-plans/" + plan).json();
        assertThat(team.careManager.postJson("/api/care-plans/" + plan + "/sign-off-requests", Map.of()).status()).isEqualTo(200);
        Api.Response signed = team.provider.postJson("/api/care-plans/" + plan + "/signature",
                Map.of("version", current.get("version").asInt()));
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        return patient;
    }

    /** A referral body: consent given today, what is asked, the delivery. */
    static Map<String, Object> referral(String serviceId, String need, String delivery) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("serviceId", serviceId);
        body.put("needDomain", need);
        body.put("request", "Groceries for two this week, and help applying for SNAP");
        body.put("consent", Map.of("what", "Name, date of birth, phone number and the food need",
                "withWhom", "the food bank's intake staff", "givenOn", LocalDate.now(CareTeam.ZONE).toString()));
        body.put("delivery", delivery);
        return body;
    }

    static JsonNode refer(CareTeam team, UUID patient, Map<String, Object> body) {
        Api.Response sent = team.careManager.postJson("/api/patients/" + patient + "/referrals", body);
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        return sent.json();
    }

    static Api.Response move(Api caller, JsonNode referral, int version, String status, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(more);
        body.put("version", version);
        body.put("status", status);
        return caller.postJson("/api/referrals/" + referral.get("id").asString() + "/status", body);
    }

    static String pantryId(CareTeam team) {
        return HsdsPackages.service(team.careManager, "food", PANTRY).get("id").asString();
    }
}
