package org.careloop.fhir.endpoint;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.careloop.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FHIR searches come in pages of {@code _count} entries (50 by default, 500 at most) whose next links, followed to
 * the end, give every match exactly once, with the right total on every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FhirPagingTests {

    static final int OBSERVATIONS = 620;

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    Api rivera;
    UUID patient;

    @BeforeEach
    void aPatientWithManyObservations() {
        rivera = Api.at(port).as("cm.rivera");
        patient = patientWithObservations(OBSERVATIONS);
    }

    private UUID patientWithObservations(int observations) {
        UUID patient = UUID.fromString(rivera.postJson("/api/patients", Map.of("familyName",
                "Paging" + UUID.randomUUID().toString().substring(0, 8), "givenNames", "Pat", "birthDate", "1950-05-05",
                "sex", "female")).json().get("id").asString());
        jdbc.sql("""
                insert into observation (id, patient_id, status, category, code_system, code, display, value_quantity,
                                         value_unit, effective_at)
                select gen_random_uuid(), ?, 'final', 'vital-signs', 'http://loinc.org', '8867-4', 'Heart rate', 60 + n % 40,
                       '/min', timestamp with time zone '2024-01-01 09:00:00+00' + n * interval '1 hour'
                  from generate_series(1, ?) n""").params(patient, observations).update();
        return patient;
    }

    @Test
    void whenTheLastPageIsExactlyFullNoNextLinkLeadsToAnEmptyPage() {
        UUID twoPages = patientWithObservations(100);
        UUID twoPagesWithThePatient = patientWithObservations(99);
        String family = "Twopage" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "x");
        for (int n = 0; n < 10; n++) {
            rivera.postJson("/api/patients", Map.of("familyName", family, "givenNames", "Pat" + (char) ('a' + n),
                    "birthDate", "1950-05-05", "sex", "female"));
        }
        assertTwoFullPages("/fhir/Observation?patient=" + twoPages + "&_count=50", 50);
        assertTwoFullPages("/fhir/Observation?patient=" + twoPages, 50);
        assertTwoFullPages("/fhir/Observation?patient=" + twoPages + "&_offset=0&_count=50", 50);
        assertTwoFullPages("/fhir/Patient/" + twoPagesWithThePatient + "/$everything", 50);
        assertTwoFullPages("/fhir/Patient?name=" + family + "&_count=5", 5);
        assertTwoFullPages("/fhir/Patient?name=" + family + "&_offset=0&_count=5", 5);
    }

    private void assertTwoFullPages(String first, int count) {
        List<JsonNode> pages = everyPage(first);
        assertThat(pages).as("pages from %s", first).allSatisfy(page -> {
            assertThat(page.get("total").asInt()).as("total").isEqualTo(2 * count);
            assertThat(page.path("entry").size()).as("entries").isEqualTo(count);
        });
        assertThat(pages).as("pages from %s", first).hasSize(2);
        assertThat(nextLink(pages.get(1))).as("next link of the last page").isNull();
    }

    @Test
    void followingNextLinksGivesEveryObservationOnceInPagesOfTheCount() {
        List<JsonNode> pages = follow("/fhir/Observation?patient=" + patient + "&_count=50");
        assertThat(pages).hasSize(13);
        assertThat(pages).allSatisfy(page -> assertThat(page.get("total").asInt()).isEqualTo(OBSERVATIONS));
        assertThat(pages.subList(0, 12)).allSatisfy(page -> assertThat(page.get("entry").size()).isEqualTo(50));
        assertThat(ids(pages)).hasSize(OBSERVATIONS).doesNotHaveDuplicates();
    }

    @Test
    void offsetPagingHoldsTheCountAndNeverRepeats() {
        JsonNode first = page("/fhir/Observation?patient=" + patient + "&_offset=0&_count=100");
        assertThat(first.get("entry").size()).isEqualTo(100);
        assertThat(first.get("total").asInt()).isEqualTo(OBSERVATIONS);
        List<JsonNode> pages = follow("/fhir/Observation?patient=" + patient + "&_offset=0&_count=100");
        assertThat(ids(pages)).hasSize(OBSERVATIONS).doesNotHaveDuplicates();
        JsonNode middle = page("/fhir/Observation?patient=" + patient + "&_offset=600&_count=100");
        assertThat(middle.get("entry").size()).isEqualTo(20);
    }

    @Test
    void aPageHoldsTheDefaultWithoutCountAndNeverMoreThanTheMaximum() {
        assertThat(page("/fhir/Observation?patient=" + patient).get("entry").size()).isEqualTo(50);
        assertThat(page("/fhir/Observation?patient=" + patient + "&_count=10000").get("entry").size()).isEqualTo(500);
        assertThat(page("/fhir/Observation?patient=" + patient + "&_offset=0&_count=10000").get("entry").size()).isEqualTo(500);
    }

    @Test
    void everythingIsPagedToo() {
        List<JsonNode> pages = follow("/fhir/Patient/" + patient + "/$everything");
        assertThat(pages.get(0).get("entry").size()).isEqualTo(50);
        assertThat(pages.get(0).get("total").asInt()).isEqualTo(OBSERVATIONS + 1);
        assertThat(ids(pages)).hasSize(OBSERVATIONS + 1).doesNotHaveDuplicates().contains("Patient/" + patient);
    }

    @Test
    void listingPatientsGivesTheCallersPracticesOnly() {
        List<JsonNode> riverside = follow("/fhir/Patient?_count=50");
        Set<String> seen = ids(riverside);
        assertThat(seen).contains("Patient/" + patient).hasSize(riverside.get(0).get("total").asInt());
        long inRiverside = jdbc.sql("""
                select count(*) from patient p join practice pr on pr.id = p.practice_id
                 where pr.name = 'Riverside Family Medicine'""").query(Long.class).single();
        assertThat(seen).hasSize((int) inRiverside);
        assertThat(ids(follow("/fhir/Patient?_count=50", Api.at(port).as("cm.okafor")))).doesNotContain("Patient/" + patient);
    }

    private JsonNode page(String path) {
        Api.Response response = rivera.get(path);
        assertThat(response.status()).as("GET %s -> %s", path, response).isEqualTo(200);
        return response.json();
    }

    private List<JsonNode> follow(String path) {
        return follow(path, rivera);
    }

    private List<JsonNode> follow(String path, Api caller) {
        List<JsonNode> pages = new ArrayList<>();
        String next = path;
        while (next != null && pages.size() < 100) {
            Api.Response response = caller.get(next);
            assertThat(response.status()).as("GET %s -> %s", next, response).isEqualTo(200);
            JsonNode page = response.json();
            assertThat(page.path("entry").isEmpty()).as("GET %s gave an empty page", next).isFalse();
            pages.add(page);
            next = nextLink(page);
        }
        return pages;
    }

    /** Every page the next links lead to, empty ones included. */
    private List<JsonNode> everyPage(String path) {
        List<JsonNode> pages = new ArrayList<>();
        String next = path;
        while (next != null && pages.size() < 10) {
            Api.Response response = rivera.get(next);
            assertThat(response.status()).as("GET %s -> %s", next, response).isEqualTo(200);
            pages.add(response.json());
            next = nextLink(response.json());
        }
        return pages;
    }

    private static String nextLink(JsonNode page) {
        for (JsonNode link : page.path("link")) {
            if (link.get("relation").asString().equals("next")) {
                URI uri = URI.create(link.get("url").asString());
                return uri.getRawPath() + "?" + uri.getRawQuery();
            }
        }
        return null;
    }

    private static Set<String> ids(List<JsonNode> pages) {
        List<String> all = new ArrayList<>();
        pages.forEach(page -> page.get("entry").forEach(entry -> all.add(
                entry.get("resource").get("resourceType").asString() + "/" + entry.get("resource").get("id").asString())));
        assertThat(all).as("entries over all pages").doesNotHaveDuplicates();
        return new HashSet<>(all);
    }
}
