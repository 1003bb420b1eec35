package org.careloop.support;

import java.math.BigDecimal;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Entries of a test patient's clinical record written as an EHR import leaves them (no events, no recompute). */
public final class TestRecords {

    private TestRecords() {
    }

    /** An active type 2 diabetes problem (SNOMED CT 44054006). */
    public static void diabetes(JdbcClient jdbc, UUID patient) {
        jdbc.sql("""
                insert into condition (id, patient_id, snomed_code, code_system, code, display, clinical_status)
                values (gen_random_uuid(), ?, '44054006', 'http://snomed.info/sct', '44054006', 'Diabetes mellitus type 2', 'active')""")
                .param(patient).update();
    }

    /** An active hypertension problem (SNOMED CT 38341003). */
    public static void hypertension(JdbcClient jdbc, UUID patient) {
        jdbc.sql("""
                insert into condition (id, patient_id, snomed_code, code_system, code, display, clinical_status)
                values (gen_random_uuid(), ?, '38341003', 'http://snomed.info/sct', '38341003', 'Hypertension', 'active')""")
                .param(patient).update();
    }

    /** A final HbA1c result (LOINC 4548-4) in percent, taken {@code ago} (a PostgreSQL interval: "20 days"). */
    public static void hba1c(JdbcClient jdbc, UUID patient, String percent, String ago) {
        jdbc.sql("""
                insert into observation (id, patient_id, status, code_system, code, display, value_quantity, value_unit, effective_at)
                values (gen_random_uuid(), ?, 'final', 'http://loinc.org', '4548-4', 'Hemoglobin A1c', ?, '%', now() - cast(? as interval))""")
                .params(patient, new BigDecimal(percent), ago).update();
    }
}
