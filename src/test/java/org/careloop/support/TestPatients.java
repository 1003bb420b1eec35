package org.careloop.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Registers patients through the API for tests that need one. */
public final class TestPatients {

    private TestPatients() {
    }

    /** Registers a patient in the caller's practice and returns the new id. */
    public static UUID register(Api caller, String familyName, String givenNames) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("familyName", familyName);
        body.put("givenNames", givenNames);
        body.put("birthDate", "1950-04-12");
        body.put("sex", "female");
        Api.Response created = caller.postJson("/api/patients", body);
        if (created.status() != 201) {
            throw new IllegalStateException("Could not register a test patient: " + created);
        }
        return UUID.fromString(created.json().get("id").asString());
    }
}
