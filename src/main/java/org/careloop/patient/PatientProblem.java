package org.careloop.patient;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One entry of the problem list as the EHR sent it. {@code codeSystem}/{@code code} is the code as received;
 * {@code snomedCode} and {@code icd10Code} hold the SNOMED CT and ICD-10-CM codes when the source carried them.
 */
public record PatientProblem(UUID id, String codeSystem, String code, String snomedCode, String icd10Code,
                             String display, String category, String clinicalStatus, String verificationStatus,
                             OffsetDateTime onsetAt, OffsetDateTime abatedAt, LocalDate recordedOn) {

    /** Clinically active now: status active (or its recurrence/relapse forms) and no abatement recorded. */
    public boolean active() {
        return clinicalStatus != null && abatedAt == null
                && (clinicalStatus.equalsIgnoreCase("active") || clinicalStatus.equalsIgnoreCase("recurrence")
                    || clinicalStatus.equalsIgnoreCase("relapse"));
    }
}
