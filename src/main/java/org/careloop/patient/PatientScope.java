package org.careloop.patient;

import java.util.UUID;

import org.careloop.NotFound;
import org.careloop.audit.AuditAction;
import org.careloop.audit.AuditChannel;
import org.careloop.audit.AuditOutcome;
import org.careloop.audit.AuditTrail;
import org.careloop.audit.PatientDataAccess;
import org.careloop.identity.Callers;
import org.springframework.stereotype.Service;

/**
 * The gate every module passes before touching a patient's data: the patient must belong to one of the caller's
 * practices. Anything else is {@link NotFound} (and the refused attempt is audited), so a record's existence in
 * another practice never leaks. The calling module audits its own successful read or write.
 */
@Service
public class PatientScope {

    private final Patients patients;
    private final Callers callers;
    private final AuditTrail audit;

    PatientScope(Patients patients, Callers callers, AuditTrail audit) {
        this.patients = patients;
        this.callers = callers;
        this.audit = audit;
    }

    /** The practice of a patient the caller may see; {@link NotFound} otherwise. */
    public UUID practiceOf(UUID patientId, AuditAction action, AuditChannel channel, String resourceType) {
        return patients.practiceOf(patientId, callers.current().practiceArray()).orElseThrow(() -> {
            audit.record(PatientDataAccess.of(action, channel, null, patientId, resourceType, null)
                    .withOutcome(AuditOutcome.NOT_FOUND, "no such patient in the caller's practices"));
            return new NotFound("No patient " + patientId);
        });
    }

    /** Whether the caller may see the patient, without recording anything (for filtering lists). */
    public boolean isVisible(UUID patientId) {
        return patients.practiceOf(patientId, callers.current().practiceArray()).isPresent();
    }
}
