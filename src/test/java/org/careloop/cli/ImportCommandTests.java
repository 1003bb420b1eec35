package org.careloop.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.careloop.fhir.importing.BundleImporter;
import org.careloop.fhir.importing.Fixtures;
import org.careloop.identity.Practices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code careloop.jar import PATH...}: loads folders of bundles, says what it did, and fails loudly. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportCommandTests {

    @Autowired
    BundleImporter importer;

    @Autowired
    Practices practices;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @Test
    void importsAFolderDirectoryFirstIntoTheNamedPractice() throws Exception {
        copy(Fixtures.ADULT);
        copy(Fixtures.DIRECTORY);

        int status = command().run(folder.toString(), "--practice", "Command Line Clinic");

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Practice: Command Line Clinic")
                .contains("1 patients").contains("Claim").contains("Observation");
        assertThat(jdbc.sql("""
                select count(*) from audit_event a join practice p on p.id = a.practice_id
                 where p.name = 'Command Line Clinic' and a.channel = 'COMMAND_LINE' and a.username = 'command-line'""")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void exitsWithFailureWhenABundleIsBrokenAndStillLoadsTheOthers() throws Exception {
        copy(Fixtures.DIRECTORY);
        copy(Fixtures.CHILD);
        Files.writeString(folder.resolve("broken.json"), "{\"resourceType\": \"Bundle\", \"type\": \"batch\", \"entry\": [");

        int status = command().run(folder.toString(), "--practice", "Command Line Clinic");

        assertThat(status).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Failed bundles (1)").contains("broken.json")
                .contains("1 patients");
    }

    @Test
    void refusesToGuessThePracticeWhenThereAreSeveral() {
        assertThat(practices.all()).hasSizeGreaterThan(1);
        assertThat(command().run(folder.toString())).isEqualTo(2);
    }

    private ImportCommand command() {
        return new ImportCommand(importer, practices, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    private void copy(String fixture) throws Exception {
        try (var in = getClass().getResourceAsStream("/fhir/" + fixture)) {
            Files.copy(in, folder.resolve(fixture));
        }
    }
}
