package org.careloop.patient;

import java.time.LocalDate;
import java.util.List;

/**
 * Who the patient is, as an EHR sent it. {@code mrn} is the medical record number the source gave (null when it
 * gave none: the practice then hands out the next one). {@code sourceKey} identifies the patient at the source,
 * so that importing the same record again finds the same patient. {@code medicareId} is the MBI, already in the
 * stored form ({@link MedicareId}); it is not among {@code identifiers}, so that lists can keep it masked.
 * {@code deceased} is true also when the source gave no date of death ({@code deceasedOn} null).
 */
public record ImportedPatient(String sourceKey, String mrn, String familyName, String givenNames, LocalDate birthDate,
                              String sex, boolean deceased, LocalDate deceasedOn, String phone, String email, String preferredLanguage,
                              String addressLine, String city, String state, String postalCode, String country,
                              List<Identifier> identifiers, String medicareId) {

    /** One of the patient's identifiers at the source (MRN, SSN, driver's license, ...). */
    public record Identifier(String system, String value, String type) {
    }

    public ImportedPatient {
        identifiers = List.copyOf(identifiers);
    }
}
