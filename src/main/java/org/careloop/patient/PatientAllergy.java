package org.careloop.patient;

import java.time.LocalDate;
import java.util.UUID;

/** An allergy or intolerance, with what happens when the patient is exposed. */
public record PatientAllergy(UUID id, String codeSystem, String code, String display, String category,
                             String criticality, String clinicalStatus, String reaction, LocalDate recordedOn) {
}
