package org.careloop.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.careloop.community.DirectoryPackages;
import org.careloop.community.HsdsPackages;
import org.careloop.identity.Practices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code hsds-import PATH --practice NAME} loads a folder or zip into a practice's directory, whole or not at all. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HsdsImportCommandTests {

    @Autowired
    DirectoryPackages packages;

    @Autowired
    Practices practices;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aFolderOfCsvFilesIsImportedIntoTheNamedPractice() throws IOException {
        String name = "Command practice " + UUID.randomUUID();
        UUID practice = practices.open(name).id();
        for (Map.Entry<String, String> file : HsdsPackages.demo().entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
        }

        assertThat(command().run(folder.toString(), "--practice", name)).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("10 organizations, 16 services, 12 locations (38 new, 0 updated)");
        assertThat(jdbc.sql("select count(*) from community_service where practice_id = ?").param(practice)
                .query(Long.class).single()).isEqualTo(16);
    }

    @Test
    void aRefusedZipPrintsEachProblemAndExitsOne() throws IOException {
        String name = "Refused command practice " + UUID.randomUUID();
        practices.open(name);
        Map<String, String> files = new java.util.LinkedHashMap<>(HsdsPackages.demo());
        files.put("organizations.csv", files.get("organizations.csv").replace("Merrimack Valley Community Food Bank", ""));
        Path zip = folder.resolve("package.zip");
        Files.write(zip, HsdsPackages.zip(files));

        assertThat(command().run(zip.toString(), "--practice", name)).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("organizations.csv row 2 column name: is required")
                .contains("Nothing imported");
        assertThat(command().run(zip.toString())).isEqualTo(2);
    }

    private HsdsImportCommand command() {
        return new HsdsImportCommand(packages, practices, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
