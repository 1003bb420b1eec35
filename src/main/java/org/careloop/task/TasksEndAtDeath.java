package org.careloop.task;

import java.util.UUID;

import org.careloop.audit.AuditAction;
import org.careloop.patient.PatientDied;
import org.careloop.patient.PatientGate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a patient dies nobody should be asked to call them: every open task about the patient is cancelled with
 * the reason, and an open escalation is closed with the disposition PATIENT_DIED. Runs in the transaction that
 * records the death; each cancellation is on the audit trail as the system's change.
 */
@Component
class TasksEndAtDeath {

    private final Tasks tasks;
    private final PatientGate gate;

    TasksEndAtDeath(Tasks tasks, PatientGate gate) {
        this.tasks = tasks;
        this.gate = gate;
    }

    @EventListener
    void on(PatientDied died) {
        String why = "Cancelled: " + died.death().reason() + (died.source() == null ? "" : " (" + died.source() + ")");
        for (UUID cancelled : tasks.cancelOpen(died.patientId(), died.practiceId(), why)) {
            gate.recordSystemChange(died.patientId(), died.practiceId(), AuditAction.UPDATE, TaskBoard.RESOURCE, cancelled);
        }
    }
}
