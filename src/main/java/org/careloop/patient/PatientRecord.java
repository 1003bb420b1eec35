package org.careloop.patient;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One patient's registry entry as the caller may see it: who they are, how to reach them and who cares for them.
 * {@code version} must be sent back with a revision, so two care managers editing at once cannot overwrite each
 * other's changes. {@code medicareId} is the whole MBI on the patient's own record and {@link MedicareId#masked}
 * in lists ({@link #withMedicareIdMasked}).
 */
public record PatientRecord(UUID id, UUID practiceId, int version, String mrn, String familyName, String givenNames,
                            LocalDate birthDate, String sex, LocalDate deceasedOn, String deceasedSource, String phone,
                            String email,
                            PreferredContactMethod preferredContactMethod, String bestTimeToCall,
                            String preferredLanguage, boolean interpreterNeeded, PatientAddress address,
                            UUID assignedCareManagerId, PatientStatus status, List<PatientIdentifier> identifiers,
                            List<PatientContact> contacts, String medicareId) {

    public PatientRecord {
        identifiers = List.copyOf(identifiers);
        contacts = List.copyOf(contacts);
    }

    /** The same entry as a list shows it: the MBI hidden but for its last four characters. */
    public PatientRecord withMedicareIdMasked() {
        return new PatientRecord(id, practiceId, version, mrn, familyName, givenNames, birthDate, sex, deceasedOn,
                deceasedSource, phone, email, preferredContactMethod, bestTimeToCall, preferredLanguage,
                interpreterNeeded, address, assignedCareManagerId, status, identifiers, contacts, MedicareId.masked(medicareId));
    }

    /** Whether the patient has died (the date may be unknown). */
    public boolean deceased() {
        return deceasedOn != null || status == PatientStatus.DECEASED;
    }

    /** The patient's death, when CareLoop knows of one (the date may be unknown). */
    public java.util.Optional<PatientDeath> death() {
        return deceased() ? java.util.Optional.of(new PatientDeath(deceasedOn, deceasedSource)) : java.util.Optional.empty();
    }

    /** The MRN as an identifier: its system names the practice, because MRNs are unique only within one. */
    public PatientIdentifier mrnIdentifier() {
        return new PatientIdentifier(PatientIdentifier.mrnSystem(practiceId), mrn, "MR");
    }
}
