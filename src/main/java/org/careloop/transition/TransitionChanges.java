package org.careloop.transition;

import org.careloop.audit.AuditAction;
import org.careloop.patient.PatientGate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Keeps a transition the system changed on its own initiative (a hospital's notice, a call or a reconciliation
 * recorded elsewhere): stores it, puts the change on the audit trail as the system's, and announces what happened.
 */
@Component
class TransitionChanges {

    private final StoredTransitions stored;
    private final PatientGate gate;
    private final ApplicationEventPublisher events;

    TransitionChanges(StoredTransitions stored, PatientGate gate, ApplicationEventPublisher events) {
        this.stored = stored;
        this.gate = gate;
        this.events = events;
    }

    void opened(Transition transition) {
        stored.insert(transition);
        announce(transition, AuditAction.CREATE);
    }

    void changed(Transition transition) {
        stored.save(transition);
        announce(transition, AuditAction.UPDATE);
    }

    private void announce(Transition transition, AuditAction action) {
        gate.recordSystemChange(transition.patientId(), transition.practiceId(), action, Transitions.RESOURCE,
                transition.id());
        transition.pullEvents().forEach(events::publishEvent);
    }
}
