package org.careloop.outreach;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.support.Api;
import org.careloop.support.ServerEvents;
import org.careloop.support.TestPatients;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OutreachApiTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Outreach outreach;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConfigurableApplicationContext context;

    List<Object> events;

    Api rivera;
    UUID patient;

    @BeforeEach
    void setUp() {
        events = ServerEvents.of(context);
        rivera = Api.at(port).as("cm.rivera");
        patient = TestPatients.register(rivera, Map.of("familyName", "Marsh", "givenNames", "Edna",
                "birthDate", "1946-07-19", "sex", "female"));
    }

    @Test
    void recordsContactsAndListsThemNewestFirstWithWhoAndWhen() {
        Api.Response voicemail = rivera.postJson(path(), Map.of("kind", "OUTBOUND_CALL", "outcome", "LEFT_VOICEMAIL",
                "occurredAt", "2026-11-02T09:15:00-05:00"));
        assertThat(voicemail.status()).as(voicemail.toString()).isEqualTo(201);
        Api.Response reached = rivera.postJson(path(), Map.of("kind", "inbound_call", "outcome", "REACHED",
                "topics", List.of("medications", " blood pressure "), "notes", "Missed two doses of lisinopril",
                "followUpOn", "2026-11-16", "occurredAt", "2026-11-03T14:00:00-05:00"));
        assertThat(reached.status()).as(reached.toString()).isEqualTo(201);

        JsonNode history = rivera.get(path()).json();

        assertThat(history.findValuesAsString("outcome")).containsExactly("REACHED", "LEFT_VOICEMAIL");
        JsonNode latest = history.get(0);
        assertThat(latest.get("kind").asString()).isEqualTo("INBOUND_CALL");
        assertThat(latest.get("topics").toString()).isEqualTo("[\"medications\",\"blood pressure\"]");
        assertThat(latest.get("followUpOn").asString()).isEqualTo("2026-11-16");
        assertThat(latest.get("staffId").asString()).isEqualTo(userId("cm.rivera").toString());
        assertThat(latest.get("staffName").asString()).isNotBlank();
        assertThat(Instant.parse(latest.get("occurredAt").asString())).isEqualTo(Instant.parse("2026-11-03T19:00:00Z"));
        assertThat(jdbc.sql("select count(*) from audit_event where patient_id = ? and resource_type = 'Interaction'")
                .param(patient).query(Long.class).single()).as("two writes and one read audited").isEqualTo(3);
        assertThat(events).filteredOn(InteractionRecorded.class::isInstance).map(InteractionRecorded.class::cast)
                .filteredOn(recorded -> recorded.patientId().equals(patient))
                .extracting(InteractionRecorded::outcome, InteractionRecorded::followUpOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(InteractionOutcome.LEFT_VOICEMAIL, null),
                        org.assertj.core.groups.Tuple.tuple(InteractionOutcome.REACHED, java.time.LocalDate.of(2026, 11, 16)));
    }

    @Test
    void aContactWithoutOutcomeOrWithAnUnknownKindNamesTheField() {
        Api.Response missing = rivera.postJson(path(), Map.of("kind", "OUTBOUND_CALL", "followUpOn", "2001-01-01"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("outcome", "followUpOn");

        Api.Response unknown = rivera.postJson(path(), Map.of("kind", "TELEGRAM", "outcome", "REACHED"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").findValuesAsString("field")).containsExactly("kind");
    }

    @Test
    void aCareManagerOfAnotherPracticeGetsNotFound() {
        rivera.postJson(path(), Map.of("kind", "VISIT", "outcome", "REACHED"));
        Api okafor = Api.at(port).as("cm.okafor");

        assertThat(okafor.get(path()).status()).isEqualTo(404);
        assertThat(okafor.postJson(path(), Map.of("kind", "VISIT", "outcome", "REACHED")).status()).isEqualTo(404);
        assertThat(rivera.get(path()).json().size()).isEqualTo(1);
    }

    @Test
    void theWorklistSeesLastContactLastSuccessfulContactAndWhetherReachedThisMonth() {
        UUID neverContacted = UUID.randomUUID();
        rivera.postJson(path(), Map.of("kind", "OUTBOUND_CALL", "outcome", "REACHED", "occurredAt", "2026-10-30T10:00:00-04:00"));
        rivera.postJson(path(), Map.of("kind", "OUTBOUND_CALL", "outcome", "NO_ANSWER", "occurredAt", "2026-11-05T10:00:00-05:00"));

        Map<UUID, LastContacts> last = outreach.lastContacts(List.of(patient, neverContacted));

        assertThat(last.get(patient).lastContactAt()).isEqualTo(Instant.parse("2026-11-05T15:00:00Z"));
        assertThat(last.get(patient).lastReachedAt()).isEqualTo(Instant.parse("2026-10-30T14:00:00Z"));
        assertThat(last.get(neverContacted)).isEqualTo(new LastContacts(neverContacted, null, null));
        assertThat(outreach.wasReachedIn(patient, YearMonth.of(2026, 10))).isTrue();
        assertThat(outreach.wasReachedIn(patient, YearMonth.of(2026, 11))).as("no answer is not a successful contact").isFalse();
        assertThat(outreach.reachedIn(List.of(patient, neverContacted), YearMonth.of(2026, 10))).containsExactly(patient);
    }

    private String path() {
        return "/api/patients/" + patient + "/interactions";
    }

    private UUID userId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(UUID.class).single();
    }
}
