package org.careloop.fhir.importing;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.careloop.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A bundle with anything wrong in it is refused whole, with an OperationOutcome that names the entry. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BundleRejectionTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void refusesJsonThatIsCutOff() {
        byte[] whole = Fixtures.bytes(Fixtures.ADULT);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
        JsonNode outcome = refused(cut);
        assertThat(diagnostics(outcome)).matches("The body is not valid JSON at line \\d+ column \\d+\\. Nothing from this bundle was stored\\.")
                .doesNotContain("StreamReadFeature");
    }

    /** Found by the fuzzer (crash-d16c222e…, now in its corpus): an object where Bundle.type belongs was a 500. */
    @Test
    void refusesABundleTypeThatIsNotAString() {
        String bundle = """
                {"resourceType": "Bundle", "type": {}, "entry": [{"resource": {"resourceType": "Patient"},
                 "request": {"method": "POST", "url": "Patient"}}]}""";
        JsonNode outcome = refused(bundle.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(diagnostics(outcome)).startsWith("Bundle.type must be a string");
    }

    @Test
    void refusesAnElementFhirDoesNotDefineAndNamesTheEntry() {
        ObjectNode bundle = (ObjectNode) Fixtures.json(Fixtures.ADULT);
        int index = firstOfType(bundle, "Observation");
        ((ObjectNode) bundle.get("entry").get(index).get("resource")).put("bloodPressureMood", "calm");

        JsonNode outcome = refused(Fixtures.write(bundle));

        assertThat(diagnostics(outcome)).contains("Bundle.entry[" + index + "]")
                .contains(bundle.get("entry").get(index).get("fullUrl").asString()).contains("bloodPressureMood");
        assertThat(outcome.get("issue").get(0).get("expression").get(0).asString()).isEqualTo("Bundle.entry[" + index + "]");
    }

    @Test
    void refusesAReferenceToAnEntryThatIsNotThere() {
        ObjectNode bundle = (ObjectNode) Fixtures.json(Fixtures.ADULT);
        int index = lastOfType(bundle, "Condition");
        String nowhere = "urn:uuid:" + UUID.randomUUID();
        ((ObjectNode) bundle.get("entry").get(index).get("resource").get("encounter")).put("reference", nowhere);

        JsonNode outcome = refused(Fixtures.write(bundle));

        assertThat(diagnostics(outcome)).contains("Bundle.entry[" + index + "]").contains(nowhere)
                .contains("not in the bundle");
    }

    @Test
    void refusesAConditionalReferenceThatMatchesNoPractitioner() {
        String json = new String(Fixtures.bytes(Fixtures.ADULT), StandardCharsets.UTF_8);
        String unknown = json.replaceFirst("us-npi\\|\\d+", "us-npi|0000000000");
        JsonNode outcome = refused(unknown.getBytes(StandardCharsets.UTF_8));
        assertThat(diagnostics(outcome)).contains("Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|0000000000")
                .contains("matches nothing");
    }

    @Test
    void refusesARecordWithoutItsPatient() {
        ObjectNode bundle = (ObjectNode) Fixtures.json(Fixtures.ADULT);
        int index = firstOfType(bundle, "Immunization");
        ((ObjectNode) bundle.get("entry").get(index).get("resource")).remove("patient");

        JsonNode outcome = refused(Fixtures.write(bundle));

        assertThat(diagnostics(outcome)).contains("Bundle.entry[" + index + "]").contains("does not name a Patient");
    }

    @Test
    void refusesTwoPatientsUnderOneFullUrlNamingBothEntries() {
        ObjectNode bundle = (ObjectNode) Fixtures.json(Fixtures.ADULT);
        int first = firstOfType(bundle, "Patient");
        ObjectNode second = (ObjectNode) bundle.get("entry").get(first).deepCopy();
        ((ObjectNode) second.get("resource")).put("id", UUID.randomUUID().toString());
        ((ObjectNode) second.get("resource").get("name").get(0)).put("family", "Someone-Else");
        ((ArrayNode) bundle.get("entry")).add(second);
        int last = bundle.get("entry").size() - 1;

        JsonNode outcome = refused(Fixtures.write(bundle));

        assertThat(diagnostics(outcome)).contains("Bundle.entry[" + first + "] (Patient)")
                .contains("Bundle.entry[" + last + "] (Patient)").contains("same fullUrl")
                .contains(bundle.get("entry").get(first).get("fullUrl").asString());
        assertThat(outcome.get("issue").get(0).get("expression").valueStream().map(JsonNode::asString))
                .containsExactly("Bundle.entry[" + first + "].fullUrl", "Bundle.entry[" + last + "].fullUrl");
    }

    @Test
    void refusesTwoObservationsUnderOneFullUrl() {
        ObjectNode bundle = (ObjectNode) Fixtures.json(Fixtures.ADULT);
        int first = firstOfType(bundle, "Observation");
        ObjectNode second = (ObjectNode) bundle.get("entry").get(first).deepCopy();
        ((ObjectNode) second.get("resource")).put("id", UUID.randomUUID().toString());
        ((ArrayNode) bundle.get("entry")).insert(first + 1, second);

        JsonNode outcome = refused(Fixtures.write(bundle));

        assertThat(diagnostics(outcome)).contains("Bundle.entry[" + first + "] (Observation)")
                .contains("Bundle.entry[" + (first + 1) + "] (Observation)").contains("same fullUrl");
    }

    @Test
    void refusesAMegabyteFamilyNameNamingTheEntryAndFieldWithoutSql() {
        ObjectNode bundle = (ObjectNode) Fixtures.json(Fixtures.ADULT);
        int index = firstOfType(bundle, "Patient");
        ((ObjectNode) bundle.get("entry").get(index).get("resource").get("name").get(0)).put("family", "F".repeat(1 << 20));

        JsonNode outcome = refused(Fixtures.write(bundle));

        assertThat(diagnostics(outcome)).contains("Bundle.entry[" + index + "]").contains("Patient.name[0].family")
                .contains("1,048,576 characters").contains("at most 100");
        assertThat(outcome.get("issue").get(0).get("expression").get(0).asString())
                .isEqualTo("Bundle.entry[" + index + "].resource.name[0].family");
        assertThat(outcome.toString()).doesNotContainIgnoringCase("insert into").doesNotContainIgnoringCase("select ")
                .doesNotContain("org.").doesNotContain("Exception").doesNotContain("SQL");
    }

    private JsonNode refused(byte[] bundle) {
        Api rivera = Api.at(port).as("cm.rivera");
        rivera.post("/fhir", "application/fhir+json", Fixtures.bytes(Fixtures.DIRECTORY));
        long patients = count("patient");
        long observations = count("observation");
        long encounters = count("encounter");
        Api.Response response = rivera.post("/fhir", "application/fhir+json", bundle);
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(count("patient")).isEqualTo(patients);
        assertThat(count("observation")).isEqualTo(observations);
        assertThat(count("encounter")).isEqualTo(encounters);
        JsonNode outcome = response.json();
        assertThat(outcome.get("resourceType").asString()).isEqualTo("OperationOutcome");
        return outcome;
    }

    private static String diagnostics(JsonNode outcome) {
        return outcome.get("issue").get(0).get("diagnostics").asString();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static int firstOfType(JsonNode bundle, String type) {
        for (int i = 0; i < bundle.get("entry").size(); i++) {
            if (bundle.get("entry").get(i).get("resource").get("resourceType").asString().equals(type)) {
                return i;
            }
        }
        throw new AssertionError("No " + type);
    }

    private static int lastOfType(JsonNode bundle, String type) {
        int last = -1;
        for (int i = 0; i < bundle.get("entry").size(); i++) {
            if (bundle.get("entry").get(i).get("resource").get("resourceType").asString().equals(type)) {
                last = i;
            }
        }
        return last;
    }
}
