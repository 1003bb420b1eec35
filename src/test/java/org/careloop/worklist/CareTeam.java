package org.careloop.worklist;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A practice of its own with a care manager, a nurse and a provider, so page tests do not depend on what other
 * tests leave in the shared database. Usernames are {@code cm.TAG}, {@code rn.TAG}, {@code dr.TAG}.
 */
public final class CareTeam {

    static final ZoneId ZONE = ZoneId.of("America/New_York");

    public final String tag = UUID.randomUUID().toString().substring(0, 8);
    public final UUID practice;
    public final UUID careManagerId;
    public final UUID nurseId;
    public final UUID providerId;
    public final Api careManager;
    public final Api nurse;
    public final Api provider;

    private CareTeam(int port, Practices practices, Staff staff, String practiceName) {
        practice = practices.open(practiceName + " " + tag).id();
        careManagerId = staff.hire("cm." + tag, "Casey " + tag, password(), null, "RN", List.of(Role.CARE_MANAGER), Set.of(practice)).id();
        nurseId = staff.hire("rn." + tag, "Noor " + tag, password(), null, "RN", List.of(Role.NURSE), Set.of(practice)).id();
        providerId = staff.hire("dr." + tag, "Dr Pat " + tag, password(), "1234567893", "MD", List.of(Role.PROVIDER), Set.of(practice)).id();
        careManager = Api.at(port).as(careManagerUsername(), password());
        nurse = Api.at(port).as("rn." + tag, password());
        provider = Api.at(port).as(providerUsername(), password());
    }

    public static CareTeam hire(int port, Practices practices, Staff staff, String practiceName) {
        return new CareTeam(port, practices, staff, practiceName);
    }

    public String password() {
        return "pw-" + tag;
    }

    public String careManagerUsername() {
        return "cm." + tag;
    }

    public String nurseUsername() {
        return "rn." + tag;
    }

    public String providerUsername() {
        return "dr." + tag;
    }

    /** A patient of the care manager, enrolled in CCM: referred, attested by the provider, consented. */
    public UUID enrolledPatient(String family, String given) {
        UUID patient = patient(family, given);
        JsonNode referred = careManager.postJson("/api/patients/" + patient + "/enrollments",
                Map.of("program", "CCM", "billingPractitionerId", providerId.toString())).json();
        provider.postJson("/api/enrollments/" + referred.get("id").asString() + "/attestation", Map.of("version", 0));
        Api.Response consented = careManager.postJson("/api/enrollments/" + referred.get("id").asString() + "/consent",
                Map.of("method", "WRITTEN", "obtainedOn", YearMonth.now(ZONE).atDay(1).toString(), "disclosures",
                        Map.of("costSharing", true, "onePractitionerPerMonth", true, "rightToStop", true,
                                "electronicSharing", true)));
        assertThat(consented.status()).as(consented.toString()).isLessThan(300);
        return patient;
    }

    /** A registered patient assigned to the care manager, not enrolled. */
    public UUID patient(String family, String given) {
        Api.Response created = careManager.postJson("/api/patients", Map.of("familyName", family, "givenNames", given,
                "birthDate", "1948-02-03", "sex", "female", "assignedCareManagerId", careManagerId.toString()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asString());
    }

    /** A task about the patient, in a role's pool, owned by someone, or neither; due in {@code days} days. */
    public UUID task(UUID patient, String title, String kind, String rolePool, UUID owner, int days) {
        Map<String, Object> body = new HashMap<>();
        body.put("patientId", patient.toString());
        body.put("title", title);
        body.put("kind", kind);
        body.put("rolePool", rolePool);
        body.put("ownerId", owner == null ? null : owner.toString());
        body.put("dueOn", LocalDate.now(ZONE).plusDays(days).toString());
        Api.Response created = careManager.postJson("/api/tasks", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asString());
    }

    /** A CCM plan started from templates and sent to the practice's providers; answers its id. */
    public UUID planAwaitingSignOff(UUID patient) {
        Api.Response started = careManager.postJson("/api/patients/" + patient + "/care-plans",
                Map.of("program", "CCM", "templates", List.of("diabetes", "hypertension")));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        String plan = started.json().get("id").asString();
        Api.Response sent = careManager.postJson("/api/care-plans/" + plan + "/sign-off-requests", Map.of());
        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        return UUID.fromString(plan);
    }

    /** A positive PHQ-9 (moderate, no self-harm item) nobody followed up. */
    public void positivePhq9(UUID patient) {
        Api.Response taken = careManager.postJson("/api/patients/" + patient + "/assessments",
                Map.of("instrument", "PHQ-9", "answers", List.of(2, 2, 2, 1, 1, 1, 1, 0, 0)));
        assertThat(taken.status()).as(taken.toString()).isEqualTo(201);
    }
}
