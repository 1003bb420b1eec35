package org.careloop.wishes;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.identity.Practices;
import org.careloop.identity.Staff;
import org.careloop.support.Api;
import org.careloop.support.CareTeam;
import org.careloop.support.TestPatients;
import org.careloop.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The healthcare proxy is the patient's contact marked HEALTHCARE_PROXY, kept once by the care team: the chart
 * header, the call page and the care plan show that contact's name, relationship and phone; a directive's typed proxy
 * shows only when no contact is the proxy, labelled as typed; a directive picks its proxy among the patient's own
 * contacts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WishesProxyFromContactsTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Practices practices;

    @Autowired
    Staff staff;

    @Autowired
    JdbcClient jdbc;

    CareTeam team;
    UUID patient;

    @BeforeEach
    void setUp() {
        team = CareTeam.hire(port, practices, staff, "Proxy practice");
        patient = team.enrolledPatient("Lopez", "Rosa");
    }

    @Test
    void theChartCallPageAndPlanShowTheContactMarkedProxyNotTheTypedCopy() {
        Api cm = team.careManager;
        assertThat(cm.postJson("/api/patients/" + patient + "/advance-directives", Map.of(
                "kind", "HEALTHCARE_POWER_OF_ATTORNEY", "proxyName", "Maria Lopes", "proxyRelationship", "daughter",
                "proxyPhone", "555-0000")).status()).isEqualTo(201);
        WebSession web = team.signIn(team.careManagerUsername());
        assertThat(web.get("/patients/" + patient).body())
                .contains("proxy: Maria Lopes (daughter), 555-0000 (as typed on the directive;");

        contact(patient, "Maria Lopez", "daughter", List.of("CAREGIVER", "HEALTHCARE_PROXY"), "413-555-0210");

        String shown = "proxy: Maria Lopez (daughter), 413-555-0210";
        JsonNode wishes = cm.get("/api/patients/" + patient + "/wishes").json();
        assertThat(wishes.get("proxyContact").get("name").asString()).isEqualTo("Maria Lopez");
        assertThat(web.get("/patients/" + patient).body()).contains(shown).doesNotContain("Maria Lopes");
        assertThat(web.get("/patients/" + patient + "/call").body()).contains(shown).doesNotContain("as typed");
        String plan = TestPatients.startCarePlan(cm, patient, "CCM", "hypertension");
        assertThat(web.get("/care-plans/" + plan).body()).contains("Maria Lopez (daughter), 413-555-0210");
    }

    @Test
    void aDirectivePicksItsProxyAmongThePatientsOwnContacts() {
        UUID daughter = contact(patient, "Maria Lopez", "daughter", List.of("HEALTHCARE_PROXY"), "413-555-0210");
        Api.Response named = team.careManager.postJson("/api/patients/" + patient + "/advance-directives", Map.of(
                "kind", "HEALTHCARE_POWER_OF_ATTORNEY", "proxyContactId", daughter.toString()));
        assertThat(named.status()).as(named.toString()).isEqualTo(201);
        JsonNode proxy = named.json().get("proxy");
        assertThat(proxy.get("name").asString()).isEqualTo("Maria Lopez");
        assertThat(proxy.get("phone").asString()).isEqualTo("413-555-0210");
        assertThat(proxy.get("contactId").asString()).isEqualTo(daughter.toString());

        UUID other = team.patient("Okafor", "Ben");
        UUID stranger = contact(other, "Ada Okafor", "wife", List.of("HEALTHCARE_PROXY"), "413-555-0999");
        Api.Response refused = team.careManager.postJson("/api/patients/" + patient + "/advance-directives", Map.of(
                "kind", "HEALTHCARE_POWER_OF_ATTORNEY", "proxyContactId", stranger.toString()));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.text()).contains("\"field\":\"proxyContactId\"");
        assertThat(jdbc.sql("select count(*) from advance_directive where patient_id = ?").param(patient)
                .query(Integer.class).single()).isEqualTo(1);

        String id = named.json().get("id").asString();
        Api.Response revised = team.careManager.putJson("/api/advance-directives/" + id, Map.of("version", 0,
                "directive", Map.of("kind", "HEALTHCARE_POWER_OF_ATTORNEY", "proxyContactId", stranger.toString())));
        assertThat(revised.status()).isEqualTo(400);
        assertThat(revised.text()).contains("\"field\":\"proxyContactId\"");
        assertThat(team.careManager.get("/api/advance-directives/" + id).json().get("version").asInt()).isZero();
    }

    @Test
    void theWishesPageOffersThePatientsContactsAsTheProxy() {
        contact(patient, "Maria Lopez", "daughter", List.of("HEALTHCARE_PROXY"), "413-555-0210");
        String page = team.signIn(team.careManagerUsername()).get("/patients/" + patient + "/wishes").body();
        assertThat(page).contains("id=\"directive-proxy-contact\"").contains("Maria Lopez (daughter)</option>");
    }

    private UUID contact(UUID of, String name, String relationship, List<String> kinds, String phone) {
        Api.Response added = team.careManager.postJson("/api/patients/" + of + "/contacts", Map.of("name", name,
                "relationship", relationship, "kinds", kinds, "phones", List.of(phone), "sharingAuthorised", false));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return UUID.fromString(added.json().get("id").asString());
    }
}
