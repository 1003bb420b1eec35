package org.careloop.patient;

import java.util.UUID;

/** A condition a relative had, which raises the patient's own risk. */
public record PatientFamilyHistory(UUID id, String relationship, String conditionSystem, String conditionCode,
                                   String conditionDisplay, String status) {
}
