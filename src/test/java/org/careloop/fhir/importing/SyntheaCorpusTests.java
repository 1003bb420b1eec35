package org.careloop.fhir.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.careloop.audit.AuditChannel;
import org.careloop.audit.AuditChannels;
import org.careloop.identity.Practices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Imports the shared Synthea corpus ({@code ../shared/fixtures/synthea}) and checks every resource type against
 * the corpus manifest. Skipped when the corpus is absent. By default it takes the directory bundles and the ten
 * smallest patients; with {@code -Dcareloop.corpus=all} (or CARELOOP_CORPUS=all) it takes all 111 patients.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SyntheaCorpusTests {

    static final Path CORPUS = Path.of("..", "shared", "fixtures", "synthea");
    static final List<String> STORED = List.of("Patient", "Encounter", "Condition", "Observation", "MedicationRequest",
            "Immunization", "Procedure", "CarePlan", "CareTeam", "AllergyIntolerance", "DocumentReference");
    static final List<String> NOT_KEPT = List.of("DiagnosticReport", "Medication", "MedicationAdministration", "Device",
            "ImagingStudy", "SupplyDelivery", "Claim", "ExplanationOfBenefit", "Provenance");

    @Autowired
    BundleImporter importer;

    @Autowired
    Practices practices;

    @Autowired
    JdbcClient jdbc;

    @Test
    void keepsEveryRecordTheManifestCountsAndReportsTheRest() throws IOException {
        assumeTrue(Files.isRegularFile(CORPUS.resolve("manifest.csv")), "the shared Synthea corpus is not here");
        boolean all = "all".equals(System.getProperty("careloop.corpus", System.getenv("CARELOOP_CORPUS")));
        List<Map<String, String>> patients = manifest();
        if (!all) {
            patients = patients.stream().sorted(Comparator.comparingLong(row -> Long.parseLong(row.get("json_bytes"))))
                    .limit(10).toList();
        }
        List<Path> files = new ArrayList<>(BulkLoad.bundleFiles(List.of(CORPUS.toString())).stream()
                .filter(file -> !file.getFileName().toString().matches("[0-9a-f]{8}-.*")).toList());
        patients.forEach(row -> files.add(CORPUS.resolve(row.get("file"))));
        UUID practice = practices.open("Corpus Clinic " + UUID.randomUUID()).id();

        BulkLoad.Totals totals = AuditChannels.within(AuditChannel.COMMAND_LINE, "corpus-test", () -> BulkLoad.run(importer,
                files.stream().map(BulkLoad.Source::of).iterator(), new ImportDestination(practice, null), progress -> { }));

        assertThat(totals.failed()).isEmpty();
        Map<String, Long> expected = new TreeMap<>();
        for (Map<String, String> row : patients) {
            for (String type : STORED) {
                expected.merge(type, Long.parseLong(row.get(type)), Long::sum);
            }
        }
        expected.values().removeIf(n -> n == 0);
        assertThat(totals.kept()).containsAllEntriesOf(expected);
        for (String type : NOT_KEPT) {
            long sent = patients.stream().mapToLong(row -> Long.parseLong(row.get(type))).sum();
            assertThat(totals.notKept().getOrDefault(type, 0L)).as(type).isEqualTo(sent);
        }
        assertThat(storedInPractice("observation", practice)).isEqualTo(expected.get("Observation"));
        assertThat(storedInPractice("encounter", practice)).isEqualTo(expected.get("Encounter"));
        assertThat(storedInPractice("condition", practice)).isEqualTo(expected.get("Condition"));
        assertThat(storedInPractice("clinical_document", practice)).isEqualTo(expected.get("DocumentReference"));
        assertThat(jdbc.sql("select count(*) from patient where practice_id = ?").param(practice).query(Long.class).single())
                .isEqualTo(patients.size());
    }

    private long storedInPractice(String table, UUID practice) {
        return jdbc.sql("select count(*) from " + table + " t join patient p on p.id = t.patient_id where p.practice_id = ?")
                .param(practice).query(Long.class).single();
    }

    private static List<Map<String, String>> manifest() throws IOException {
        List<String> lines = Files.readAllLines(CORPUS.resolve("manifest.csv"));
        String[] header = lines.get(0).split(",");
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new TreeMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }
}
