package org.careloop.fhir.importing;

import java.util.UUID;

import org.careloop.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Medicare Beneficiary Identifier arrives as a Patient.identifier of system us-mbi: it becomes the patient's
 * MBI (not one more identifier, which lists would show unmasked), goes back out the same way, and one that breaks
 * the CMS format refuses the bundle naming the element.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MedicareIdImportTests {

    static final String MBI_SYSTEM = "http://hl7.org/fhir/sid/us-mbi";

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    Api rivera;

    @BeforeEach
    void signIn() {
        rivera = Api.at(port).as("cm.rivera");
    }

    @Test
    void anImportedMedicareIdIsThePatientsMbiAndIsReadBackAsAnIdentifier() {
        String family = "Mbi" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response imported = rivera.post("/fhir", BundleImportEndpointTests.FHIR_JSON, newPatient(family, "1eg4-te5-mk73"));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        UUID patient = BundleImportEndpointTests.patientId(imported.json());

        assertThat(jdbc.sql("select medicare_id from patient where id = ?").param(patient).query(String.class).single())
                .isEqualTo("1EG4TE5MK73");
        assertThat(jdbc.sql("select count(*) from patient_identifier where patient_id = ? and system = ?")
                .params(patient, MBI_SYSTEM).query(Integer.class).single()).isZero();

        JsonNode read = rivera.get("/fhir/Patient/" + patient).json();
        assertThat(read.get("identifier").valueStream()
                .filter(id -> id.path("system").asString("").equals(MBI_SYSTEM))
                .map(id -> id.get("value").asString())).containsExactly("1EG4TE5MK73");
        assertThat(rivera.get("/api/patients?q=" + family).json().get("patients").get(0).get("medicareId").asString())
                .isEqualTo("•••••••MK73");
    }

    @Test
    void aMalformedMedicareIdRefusesTheBundleNamingTheElementAndStoresNothing() {
        String family = "BadMbi" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response refused = rivera.post("/fhir", BundleImportEndpointTests.FHIR_JSON, newPatient(family, "1EG4-TE5-MK7O"));

        assertThat(refused.status()).isBetween(400, 499);
        assertThat(refused.text()).contains("identifier[0].value").contains("Medicare Beneficiary Identifier");
        assertThat(jdbc.sql("select count(*) from patient where family_name = ?").param(family)
                .query(Integer.class).single()).isZero();
    }

    /** The child's bundle as a new patient of that family name whose only identifier is the MBI. */
    private static byte[] newPatient(String family, String medicareId) {
        ObjectNode bundle = (ObjectNode) Fixtures.json(Fixtures.CHILD);
        ObjectNode patient = (ObjectNode) bundle.get("entry").get(0).get("resource");
        patient.put("id", UUID.randomUUID().toString());
        ((ObjectNode) patient.get("name").get(0)).put("family", family);
        ArrayNode identifiers = patient.putArray("identifier");
        identifiers.addObject().put("system", MBI_SYSTEM).put("value", medicareId);
        String oldUrl = bundle.get("entry").get(0).get("fullUrl").asString();
        return new String(Fixtures.write(bundle)).replace(oldUrl, "urn:uuid:" + UUID.randomUUID()).getBytes();
    }
}
