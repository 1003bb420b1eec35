package org.careloop.patient;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a care manager writes about a patient when registering or revising them. {@code mrn} may be null on
 * registration (the practice hands one out); {@code identifiers} and {@code contacts} left null on a revision keep
 * what the patient already has, an empty list removes them. {@code medicareId} is the MBI, dashes allowed.
 */
public record PatientDetails(UUID practiceId, String mrn, String familyName, String givenNames, LocalDate birthDate,
                             String sex, LocalDate deceasedOn, String phone, String email,
                             PreferredContactMethod preferredContactMethod, String bestTimeToCall,
                             String preferredLanguage, boolean interpreterNeeded, PatientAddress address,
                             UUID assignedCareManagerId, PatientStatus status, List<PatientIdentifier> identifiers,
                             List<PatientContact> contacts, String medicareId) {
}
