package org.careloop.transition;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.careloop.transition.HospitalEncounterReported.Diagnosis;

/**
 * A discharge's transitional care as the billing month reads it: the stay, the contact deadline and what was done
 * when. {@code attempts}: the days of unsuccessful attempts before the patient was reached; {@code providerNpi}: the
 * NPI of the provider who recorded the face-to-face visit.
 */
public record DischargeCare(UUID transitionId, UUID patientId, String facility, LocalDate dischargedOn,
                            List<Diagnosis> diagnoses, LocalDate contactDueBy, LocalDate contactMadeOn,
                            List<LocalDate> attempts, LocalDate medicationsReconciledOn, LocalDate faceToFaceOn,
                            MedicalDecisionMaking decisionMaking, String providerNpi, LocalDate periodEndsOn) {

    public DischargeCare {
        diagnoses = List.copyOf(diagnoses);
        attempts = List.copyOf(attempts);
    }
}
