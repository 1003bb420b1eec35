package org.careloop.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded database's life on one data directory, with real child JVMs: a cluster of the previous version is
 * taken over (passwords, roles, durability), a second CareLoop is refused in one sentence, and after a
 * {@code kill -9} the orphaned PostgreSQL is stopped and the next start succeeds with the data intact.
 */
class EmbeddedServerLifecycleTests {

    @TempDir
    Path data;

    @Test
    void takesOverAnOldClusterRefusesASecondInstanceAndSurvivesKillMinusNine() throws Exception {
        clusterOfThePreviousVersionWithOneRow();

        Child first = Child.start(data);
        DatabaseSecrets secrets = DatabaseSecrets.in(data);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("database.secret"))))
                .isEqualTo("rw-------");
        try (Connection superuser = DriverManager.getConnection(first.url, "postgres", secrets.superuserPassword())) {
            assertThat(value(superuser, "show fsync")).isEqualTo("on");
            assertThat(value(superuser, "show synchronous_commit")).isEqualTo("on");
            assertThat(value(superuser, "select note from kept")).isEqualTo("written before the upgrade");
            assertThat(value(superuser, "select rolsuper::text from pg_roles where rolname = 'careloop'")).isEqualTo("false");
        }
        assertThatThrownBy(() -> DriverManager.getConnection(first.url, "postgres", null).close())
                .hasMessageContaining("password");
        assertThatThrownBy(() -> DriverManager.getConnection(first.url, "careloop", "wrong").close())
                .hasMessageContaining("password authentication failed");
        DriverManager.getConnection(first.url, "careloop", secrets.applicationPassword()).close();

        Process second = Child.launch(data);
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).isEqualTo(1);
        List<String> said = new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(line -> !line.isBlank()).toList();
        assertThat(said).hasSize(1);
        assertThat(said.get(0)).startsWith("Another CareLoop is already running on the data directory");

        long orphan = postmasterPid();
        first.process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).contains(true);

        Child next = Child.start(data);
        try (Connection superuser = DriverManager.getConnection(next.url, "postgres", secrets.superuserPassword())) {
            assertThat(value(superuser, "select note from kept")).isEqualTo("written before the upgrade");
        }
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        long current = postmasterPid();
        next.process.destroy();
        assertThat(next.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        ProcessHandle.of(current).ifPresent(postmaster -> postmaster.onExit().join());
    }

    /** What the previous CareLoop left in ./data: a zonky cluster with trust authentication and no password file. */
    private void clusterOfThePreviousVersionWithOneRow() throws IOException, SQLException {
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(data.resolve("postgres"))
                .setCleanDataDirectory(false).start();
             Connection connection = old.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create table kept (note text)");
            statement.execute("insert into kept values ('written before the upgrade')");
        }
    }

    private long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(data.resolve("postgres").resolve("postmaster.pid")).get(0).trim());
    }

    private static String value(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private record Child(Process process, String url) {

        static Child start(Path data) throws IOException {
            Process process = launch(data);
            BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                if (line.startsWith("ready ")) {
                    Thread drain = new Thread(() -> {
                        try {
                            output.lines().forEach(ignored -> { });
                        } catch (java.io.UncheckedIOException ended) {
                            // the child was stopped
                        }
                    });
                    drain.setDaemon(true);
                    drain.start();
                    return new Child(process, line.substring("ready ".length()));
                }
            }
            throw new IllegalStateException("The child CareLoop ended without starting its database: "
                    + new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        }

        static Process launch(Path data) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    CareLoopOnDataDirectory.class.getName(), data.toString())
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
        }
    }
}
