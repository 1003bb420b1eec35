package org.careloop.fhir.internal.importing;

import java.util.UUID;

import org.careloop.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BundleImportEndpointTests {

    static final String FHIR_JSON = "application/fhir+json";

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void smoke() {
        Api rivera = Api.at(port).as("cm.rivera");
        Api.Response directory = rivera.post("/fhir", FHIR_JSON, Fixtures.bytes(Fixtures.DIRECTORY));
        System.out.println(directory.text().substring(0, Math.min(3000, directory.text().length())));
        Api.Response patient = rivera.post("/fhir", FHIR_JSON, Fixtures.bytes(Fixtures.ADULT));
        String text = patient.text();
        System.out.println(patient.status() + " " + text.substring(Math.max(0, text.length() - 3000)));
    }
}
