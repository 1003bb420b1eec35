package org.careloop.support;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A practice of its own with a care manager, a nurse and a provider, so tests do not depend on what other tests
 * leave in the shared database. Usernames are {@code cm.TAG}, {@code rn.TAG}, {@code dr.TAG}; patients come from
 * {@link TestPatients}.
 */
public final class CareTeam {

    public static final ZoneId ZONE = ZoneId.of("America/New_York");

    public final String tag = UUID.randomUUID().toString().substring(0, 8);
    public final UUID practice;
    public final UUID careManagerId;
    public final UUID nurseId;
    public final UUID providerId;
    public final Api careManager;
    public final Api nurse;
    public final Api provider;

    private final int port;
    private final Staff staff;

    private CareTeam(int port, Practices practices, Staff staff, String practiceName) {
        this.port = port;
        this.staff = staff;
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

    /** One of the team signed in through the web form. */
    public WebSession signIn(String username) {
        return WebSession.signIn(port, username, password());
    }

    /** A biller of the practice, hired on first use as {@code biller.TAG}. */
    public Api biller() {
        return office(Role.BILLER, "biller");
    }

    /** An administrator of the practice, hired on first use as {@code admin.TAG}. */
    public Api admin() {
        return office(Role.ADMIN, "admin");
    }

    private Api office(Role role, String username) {
        if (staff.findByUsername(username + "." + tag).isEmpty()) {
            staff.hire(username + "." + tag, role.name().charAt(0) + role.name().substring(1).toLowerCase() + " " + tag,
                    password(), null, null, List.of(role), Set.of(practice));
        }
        return Api.at(port).as(username + "." + tag, password());
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
        TestPatients.enrollInCcm(careManager, provider, patient, providerId, YearMonth.now(ZONE).atDay(1));
        return patient;
    }

    /** A registered patient assigned to the care manager, not enrolled. */
    public UUID patient(String family, String given) {
        return patient(Map.of("familyName", family, "givenNames", given, "birthDate", "1948-02-03"));
    }

    /** A patient assigned to the care manager, with these fields (see {@link TestPatients#register(Api, Map)}). */
    public UUID patient(Map<String, ?> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("assignedCareManagerId", careManagerId.toString());
        return TestPatients.register(careManager, body);
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
        String plan = TestPatients.startCarePlan(careManager, patient, "CCM", "diabetes", "hypertension");
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
