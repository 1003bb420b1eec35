package org.careloop.support;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A practice with one patient, written straight into the registry's tables: for module tests whose context holds
 * too little of CareLoop to register a patient through the API, and which must not rely on the demo data.
 */
public record ModulePatients(UUID practice, UUID patient) {

    public static ModulePatients create(JdbcClient jdbc, String practiceName) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID practice = UUID.randomUUID();
        UUID patient = UUID.randomUUID();
        jdbc.sql("insert into practice (id, name) values (?, ?)").params(practice, practiceName + " " + tag).update();
        jdbc.sql("""
                insert into patient (id, practice_id, mrn, family_name, given_names, birth_date, sex)
                values (?, ?, ?, ?, 'Ada', date '1950-04-12', 'female')""")
                .params(patient, practice, "M-" + tag, "Scenario" + tag).update();
        return new ModulePatients(practice, patient);
    }
}
