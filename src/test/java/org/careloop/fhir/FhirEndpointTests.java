package org.careloop.fhir;

import org.careloop.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FhirEndpointTests {

    @Value("${local.server.port}")
    int port;

    @Test
    void capabilityStatementIsPublic() {
        Api.Response metadata = Api.at(port).get("/fhir/metadata");
        assertThat(metadata.status()).isEqualTo(200);
        assertThat(metadata.json().get("resourceType").asString()).isEqualTo("CapabilityStatement");
        assertThat(metadata.json().get("fhirVersion").asString()).isEqualTo("4.0.1");
    }
}
