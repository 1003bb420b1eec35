package org.careloop.fhir.translate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.careloop.support.Api;
import org.careloop.support.TestPatients;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Directions stored before they were said in words read like a label once the migration ran. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MedicationDirectionsMigrationTests {

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void storedDirectionsAreRewordedLikeALabel() throws IOException {
        UUID patient = TestPatients.register(Api.at(port).as("cm.rivera"), "Labelle", "Odette");
        String[][] rows = {
                {"1, 1 times per 1 d", "lisinopril 10 MG Oral Tablet", "1 tablet once a day"},
                {"2 {puff}, 2 times per 1 d", "Fluticasone 0.11 MG/ACTUAT Metered Dose Inhaler", "2 puffs twice a day"},
                {"2, 1 times per 4 h, as needed", "Albuterol Inhaler", "2 puffs every 4 hours as needed"},
                {"Take with food", "Metformin", "Take with food"}};
        for (String[] row : rows) {
            jdbc.sql("insert into medication (id, patient_id, source_type, display, dose) values (gen_random_uuid(), ?, "
                    + "'MedicationRequest', ?, ?)").params(patient, row[1], row[0]).update();
        }

        jdbc.sql(new ClassPathResource("db/migration/V160__medication_directions_in_words.sql")
                .getContentAsString(StandardCharsets.UTF_8)).update();

        for (String[] row : rows) {
            assertThat(jdbc.sql("select dose from medication where patient_id = ? and display = ?")
                    .params(patient, row[1]).query(String.class).single()).isEqualTo(row[2]);
        }
    }
}
