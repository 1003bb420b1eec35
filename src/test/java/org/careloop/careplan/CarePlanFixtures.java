package org.careloop.careplan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.careloop.support.Api;

import static org.assertj.core.api.Assertions.assertThat;

/** Patients and plans the care plan tests start from. */
final class CarePlanFixtures {

    private CarePlanFixtures() {
    }

    /** Registers a patient as a Riverside care manager and answers their id. */
    static String riversidePatient(Api careManager, String familyName) {
        Map<String, Object> body = new HashMap<>();
        body.put("familyName", familyName);
        body.put("givenNames", "Rosalind");
        body.put("birthDate", "1950-04-02");
        body.put("sex", "female");
        Api.Response created = careManager.postJson("/api/patients", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** Starts a plan from templates and answers its id. */
    static String startPlan(Api careManager, String patientId, String program, String... templates) {
        Api.Response created = careManager.postJson("/api/patients/" + patientId + "/care-plans",
                Map.of("program", program, "templates", List.of(templates)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }
}
