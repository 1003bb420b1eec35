package org.careloop.fuzz;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.careloop.support.Api;
import org.careloop.support.TestPatients;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application on its real HTTP stack and PostgreSQL, called as a care manager. Every fuzz test asserts
 * the two promises of bad input: never a 5xx, and a refused request leaves the tables it aims at unchanged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class HostileClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    private static UUID patient;

    /** One patient of the care manager's practice, registered once per run. */
    UUID patient() {
        if (patient == null) {
            patient = TestPatients.register(Api.at(port).as("cm.rivera"), "Fuzz", "Target");
        }
        return patient;
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /** Posts the body and asserts no server error; returns the status. */
    int post(String path, String contentType, String body) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString(("cm.rivera:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("%s answered %s to %s", path, response.body(), abbreviated(body))
                    .isLessThan(500);
            assertThat(response.body()).as("no internals in the answer").doesNotContain("Exception", "\tat ",
                    "org.springframework", "tools.jackson", "SQL [");
            return response.statusCode();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviated(String body) {
        return body.length() <= 2000 ? body : body.substring(0, 2000) + "… (" + body.length() + " characters)";
    }
}
