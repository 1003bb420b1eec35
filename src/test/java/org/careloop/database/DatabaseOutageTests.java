package org.careloop.database;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Supplier;

import org.careloop.TestDatabase;
import org.careloop.support.Api;
import org.careloop.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL goes away under a running CareLoop (played by refusing every connection to this test JVM's database
 * and ending the open ones): answers are 503 within seconds, health says DOWN within a second, a valid password is
 * not called wrong, and everything works again once the database is back, without restarting CareLoop.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseOutageTests {

    @Value("${local.server.port}")
    int port;

    @AfterEach
    void databaseReturns() throws SQLException {
        onServer("alter database " + database() + " allow_connections true");
    }

    @Test
    void anOutageIsAnswered503FastAndCareLoopRecoversByItself() throws SQLException {
        Api api = Api.at(port);
        WebSession signedIn = WebSession.signIn(port, "cm.rivera", Api.DEMO_PASSWORD);
        assertThat(api.as("cm.rivera").get("/api/worklist").status()).isEqualTo(200);
        assertThat(api.get("/actuator/health").status()).isEqualTo(200); // monitors poll it all day

        databaseGoesAway();

        Timed<Api.Response> health = Timed.of(() -> api.get("/actuator/health"));
        assertThat(health.value.status()).isEqualTo(503);
        assertThat(health.value.json().get("status").asString()).isEqualTo("DOWN");
        assertThat(health.elapsed).isLessThan(Duration.ofSeconds(1));

        Timed<Api.Response> worklist = Timed.of(() -> api.as("cm.rivera").get("/api/worklist"));
        assertThat(worklist.value.status()).as("a valid password is not refused as wrong").isEqualTo(503);
        assertThat(worklist.value.contentType()).startsWith("application/problem+json");
        assertThat(worklist.value.json().get("title").asString()).contains("database");
        assertThat(worklist.elapsed).isLessThan(Duration.ofSeconds(5));

        Api.Response fhir = api.as("cm.rivera").get("/fhir/Patient");
        assertThat(fhir.status()).isEqualTo(503);
        assertThat(fhir.json().get("resourceType").asString()).isEqualTo("OperationOutcome");

        HttpResponse<String> page = signedIn.get("/worklist");
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("CareLoop cannot reach its database").doesNotContain("Exception");

        onServer("alter database " + database() + " allow_connections true");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (api.get("/actuator/health").status() != 200 && System.nanoTime() < deadline) {
            sleep(200);
        }
        assertThat(api.get("/actuator/health").status()).isEqualTo(200);
        assertThat(api.as("cm.rivera").get("/api/worklist").status()).isEqualTo(200);
    }

    private void databaseGoesAway() throws SQLException {
        onServer("alter database " + database() + " allow_connections false");
        onServer("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database() + "'");
    }

    private static String database() {
        String url = TestDatabase.url();
        String path = url.substring(0, url.contains("?") ? url.indexOf('?') : url.length());
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Run on the server's maintenance database, since ours refuses connections. */
    private static void onServer(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(TestDatabase.url().replace("/" + database(), "/template1"));
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Timed<T>(T value, Duration elapsed) {
        static <T> Timed<T> of(Supplier<T> call) {
            long start = System.nanoTime();
            T value = call.get();
            return new Timed<>(value, Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
