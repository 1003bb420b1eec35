package org.careloop.support;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one way tests set up patients: registered, enrolled and given care plans through the API, as a care manager
 * and a provider would. Each step asserts that it worked, so a broken set-up fails where it breaks.
 */
public final class TestPatients {

    private TestPatients() {
    }

    /** Registers a patient in the caller's practice and returns the new id. */
    public static UUID register(Api caller, String familyName, String givenNames) {
        return register(caller, Map.of("familyName", familyName, "givenNames", givenNames));
    }

    /**
     * Registers a patient with these fields (names, {@code assignedCareManagerId}, {@code contacts}, …); birth date
     * and sex default to 1950-04-12 and female.
     */
    public static UUID register(Api caller, Map<String, ?> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("birthDate", "1950-04-12");
        body.put("sex", "female");
        body.putAll(fields);
        Api.Response created = caller.postJson("/api/patients", body);
        assertThat(created.status()).as("registering a test patient: " + created).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asString());
    }

    /**
     * Enrolls the patient in CCM: referred with the billing practitioner, attested by that provider, and written
     * consent with every disclosure obtained on {@code consentOn}. Answers the enrollment's id.
     */
    public static UUID enrollInCcm(Api careManager, Api provider, UUID patient, UUID billingPractitioner,
                                   LocalDate consentOn) {
        JsonNode referred = careManager.postJson("/api/patients/" + patient + "/enrollments",
                Map.of("program", "CCM", "billingPractitionerId", billingPractitioner.toString())).json();
        String enrollment = referred.get("id").asString();
        Api.Response attested = provider.postJson("/api/enrollments/" + enrollment + "/attestation",
                Map.of("version", referred.get("version").asInt()));
        assertThat(attested.status()).as(attested.toString()).isEqualTo(200);
        Api.Response consent = careManager.postJson("/api/enrollments/" + enrollment + "/consent", Map.of(
                "method", "WRITTEN", "obtainedOn", consentOn.toString(), "disclosures", Map.of("costSharing", true,
                        "onePractitionerPerMonth", true, "rightToStop", true, "electronicSharing", true)));
        assertThat(consent.json().get("status").asString()).as(consent.toString()).isEqualTo("ACTIVE");
        return UUID.fromString(enrollment);
    }

    /** Starts a care plan of the program from templates; answers its id. */
    public static String startCarePlan(Api careManager, Object patient, String program, String... templates) {
        Api.Response started = careManager.postJson("/api/patients/" + patient + "/care-plans",
                Map.of("program", program, "templates", List.of(templates)));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        return started.json().get("id").asString();
    }

    /** A CCM care plan from templates, sent to the provider and signed by them; answers its id. */
    public static String signedCarePlan(Api careManager, Api provider, UUID patient, String... templates) {
        String plan = startCarePlan(careManager, patient, "CCM", templates);
        Api.Response sent = careManager.postJson("/api/care-plans/" + plan + "/sign-off-requests", Map.of());
        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        Api.Response signed = provider.postJson("/api/care-plans/" + plan + "/signature", Map.of("version", 1));
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        return plan;
    }
}
