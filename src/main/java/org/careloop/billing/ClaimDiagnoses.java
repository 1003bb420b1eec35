package org.careloop.billing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.NotFound;
import org.careloop.audit.AuditAction;
import org.careloop.billing.internal.PracticeMonth;
import org.careloop.billing.internal.ClaimDetails;
import org.careloop.identity.Caller;
import org.careloop.identity.Callers;
import org.careloop.patient.PatientGate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ICD-10-CM diagnoses the practice's claims carry, per patient and chronic problem, and the biller's choice
 * where the SNOMED CT to ICD-10-CM map offers several codes.
 */
@Service
public class ClaimDiagnoses {

    static final String RESOURCE = "ClaimDiagnosis";

    private final PracticeMonth practiceMonth;
    private final ClaimDetails claims;
    private final Callers callers;
    private final PatientGate gate;
    private final Clock clock;

    ClaimDiagnoses(PracticeMonth practiceMonth, ClaimDetails claims, Callers callers, PatientGate gate, Clock clock) {
        this.practiceMonth = practiceMonth;
        this.claims = claims;
        this.callers = callers;
        this.gate = gate;
        this.clock = clock;
    }

    /** patient → chronic problems with their claim codes, for the patients named (those the caller is shown). */
    public Map<UUID, List<ProblemDiagnosis>> of(UUID practiceId, List<UUID> patients) {
        BillingMonths.billerOrAdmin(callers, practiceId);
        Map<UUID, List<ProblemDiagnosis>> all = practiceMonth.diagnoses(practiceId);
        all.keySet().retainAll(patients);
        gate.listed(AuditAction.READ, RESOURCE, List.copyOf(all.keySet()),
                patient -> new PatientGate.Listed(patient, practiceId, null));
        return all;
    }

    /** The biller chooses the ICD-10-CM code of a patient's problem among those the map offers for it. */
    @Transactional
    public ProblemDiagnosis choose(UUID practiceId, UUID patientId, String snomedCode, String icd10Code) {
        Caller caller = BillingMonths.billerOrAdmin(callers, practiceId);
        return gate.change(patientId, AuditAction.UPDATE, RESOURCE, snomedCode, access -> {
            if (!access.practiceId().equals(practiceId)) {
                throw new NotFound("No patient " + patientId + " in practice " + practiceId);
            }
            ProblemDiagnosis problem = practiceMonth.diagnoses(practiceId).getOrDefault(patientId, List.of()).stream()
                    .filter(p -> snomedCode != null && snomedCode.equals(p.snomedCode())).findFirst()
                    .orElseThrow(() -> new InvalidRequest("Unknown problem", Map.of("snomedCode",
                            "the patient has no active chronic problem " + snomedCode)));
            if (icd10Code == null || problem.options().stream().noneMatch(o -> o.code().equals(icd10Code.trim()))) {
                throw new InvalidRequest("Invalid icd10Code", Map.of("icd10Code", "must be one of "
                        + String.join(", ", problem.options().stream().map(Icd10Code::code).toList())
                        + " for " + problem.problem()));
            }
            claims.choose(practiceId, patientId, snomedCode, icd10Code.trim(), caller.username(),
                    OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            return new ProblemDiagnosis(patientId, snomedCode, problem.problem(), problem.category(), icd10Code.trim(),
                    problem.options(), null);
        });
    }
}
