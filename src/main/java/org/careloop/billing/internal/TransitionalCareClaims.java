package org.careloop.billing.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.careloop.billing.BillingLine;
import org.careloop.billing.PatientMonth;
import org.careloop.program.CareProgram;
import org.careloop.transition.DischargeCare;
import org.careloop.transition.HospitalEncounterReported.Diagnosis;

/**
 * A stored transition as the billing engine reads it, and the diagnoses its TCM line is claimed with: the stay's
 * ICD-10-CM codes in the hospital's order (at most four pointers), since the transition is what the visit treated.
 */
final class TransitionalCareClaims {

    private static final Set<String> ICD_10_CM = Set.of("ICD-10-CM", "ICD10CM", "I10", "ICD-10",
            "http://hl7.org/fhir/sid/icd-10-cm", "http://hl7.org/fhir/sid/icd-10");

    private TransitionalCareClaims() {
    }

    static List<PatientMonth.DischargeFacts> facts(List<DischargeCare> discharges, LocalDate today) {
        return discharges.stream().map(care -> new PatientMonth.DischargeFacts(care.facility(), care.dischargedOn(),
                care.contactDueBy(), care.contactMadeOn(), care.attempts(), care.medicationsReconciledOn(),
                care.faceToFaceOn(), care.decisionMaking(), care.providerNpi(),
                !care.periodEndsOn().isAfter(today))).toList();
    }

    /** The claim diagnoses of a TCM line from the stay it bills, if the hospital sent ICD-10-CM codes. */
    static Optional<String> diagnoses(BillingLine line, List<DischargeCare> discharges) {
        if (line.program() != CareProgram.TCM) {
            return Optional.empty();
        }
        return discharges.stream().filter(care -> line.dateOfService().equals(care.faceToFaceOn())).findFirst()
                .map(care -> care.diagnoses().stream().filter(TransitionalCareClaims::claimable)
                        .map(diagnosis -> diagnosis.code().trim().toUpperCase()).distinct()
                        .limit(Diagnoses.POINTERS).toList())
                .filter(codes -> !codes.isEmpty()).map(codes -> String.join("; ", codes));
    }

    private static boolean claimable(Diagnosis diagnosis) {
        return diagnosis.system() != null && ICD_10_CM.contains(diagnosis.system().trim())
                && DiagnosisMap.claimable(diagnosis.code());
    }
}
