package org.careloop.fhir.importing;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import org.careloop.support.Api;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /fhir with FHIR XML: read by HAPI's XML parser, never resolving an external entity. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class XmlBundleTests {

    static final String FHIR_XML = "application/fhir+xml";

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    Api rivera;

    @BeforeEach
    void directoryIsLoaded() {
        rivera = Api.at(port).as("cm.rivera");
        assertThat(rivera.post("/fhir", "application/fhir+json", Fixtures.bytes(Fixtures.DIRECTORY)).status()).isEqualTo(200);
    }

    @Test
    void importsABundleSentAsFhirXmlLikeTheSameBundleAsJson() {
        FhirContext fhir = FhirContext.forR4Cached();
        Bundle bundle = fhir.newJsonParser().parseResource(Bundle.class,
                new String(Fixtures.bytes(Fixtures.CHILD), StandardCharsets.UTF_8));
        byte[] xml = fhir.newXmlParser().encodeResourceToString(bundle).getBytes(StandardCharsets.UTF_8);

        Api.Response response = rivera.post("/fhir", FHIR_XML, xml);

        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(response.json().get("type").asString()).isEqualTo("transaction-response");
        assertThat(response.text()).contains("201 Created");
    }

    @Test
    void refusesAnExternalEntityAndStoresNothing() {
        String family = "Xxe" + UUID.randomUUID().toString().substring(0, 8);
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE Bundle [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <Bundle xmlns="http://hl7.org/fhir">
                  <type value="transaction"/>
                  <entry>
                    <fullUrl value="urn:uuid:%s"/>
                    <resource><Patient><name><family value="%s&secret;"/></name><birthDate value="1950-01-01"/></Patient></resource>
                    <request><method value="POST"/><url value="Patient"/></request>
                  </entry>
                </Bundle>
                """.formatted(UUID.randomUUID(), family);

        Api.Response response = rivera.post("/fhir", FHIR_XML, xml.getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.json().get("resourceType").asString()).isEqualTo("OperationOutcome");
        assertThat(response.text()).doesNotContain("root:").contains("DOCTYPE");
        assertThat(jdbc.sql("select count(*) from patient where family_name like ?").param(family + "%")
                .query(Long.class).single()).isZero();
    }

    @Test
    void refusesXmlThatIsNoFhirBundle() {
        Api.Response response = rivera.post("/fhir", FHIR_XML, "<Bundle><nonsense/>".getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.json().get("resourceType").asString()).isEqualTo("OperationOutcome");
    }
}
