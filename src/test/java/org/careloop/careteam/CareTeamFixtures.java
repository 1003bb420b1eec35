package org.careloop.careteam;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.support.Api;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** What the care team tests add through the API: directory entries, members, contacts; and what a refusal names. */
final class CareTeamFixtures {

    /** A valid NPI (its Luhn check digit with the 80840 prefix matches). */
    static final String HART_NPI = "1245319599";

    private CareTeamFixtures() {
    }

    static JsonNode cardiologyPractice(Api caller) {
        Api.Response created = caller.postJson("/api/directory/organizations", Map.of("name", "Valley Heart Associates",
                "kind", "SPECIALIST_PRACTICE", "phone", "413-555-0100", "fax", "413-555-0101",
                "email", "office@valleyheart.example.org", "city", "Springfield", "state", "MA"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    static JsonNode cardiologist(Api caller, String organizationId) {
        Map<String, Object> body = new HashMap<>(Map.of("prefix", "Dr.", "givenNames", "Lena", "familyName", "Hart",
                "specialty", "Cardiology", "npi", HART_NPI, "phone", "413-555-0142"));
        body.put("organizationId", organizationId);
        Api.Response created = caller.postJson("/api/directory/practitioners", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    static Api.Response addMember(Api caller, UUID patient, Map<String, ?> body) {
        return caller.postJson("/api/patients/" + patient + "/care-team", body);
    }

    static Map<String, Object> daughterProxy() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Maria Lopez");
        body.put("relationship", "daughter");
        body.put("kinds", List.of("CAREGIVER", "HEALTHCARE_PROXY"));
        body.put("phones", List.of("413-555-0123"));
        body.put("preferredLanguage", "Spanish");
        body.put("sharingAuthorised", true);
        body.put("sharingAuthorisedOn", "2026-03-02");
        body.put("sharingScope", "ALL");
        return body;
    }

    static Map<String, Object> neighbour() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Tom Becker");
        body.put("relationship", "neighbour");
        body.put("kinds", List.of("EMERGENCY_CONTACT"));
        body.put("phones", List.of("413-555-0177"));
        body.put("sharingAuthorised", false);
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    /** The fields a 400 problem names. */
    static List<String> fields(Api.Response refused) {
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        refused.json().path("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }
}
