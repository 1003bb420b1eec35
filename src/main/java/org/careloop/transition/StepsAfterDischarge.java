package org.careloop.transition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.careloop.medication.MedicationsReconciled;
import org.careloop.outreach.InteractionRecorded;
import org.careloop.transition.internal.InteractiveContact;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The care team's work after a discharge, as the other modules record it: a call or visit recorded in outreach is
 * the transition's interactive contact or an attempt ({@link InteractiveContact}); a signed medication
 * reconciliation is its reconciliation. Each applies to every transition of the patient still owed that step that
 * began on or before the day it happened. Runs in the transaction that records the work, so the transition never
 * lags behind the call.
 */
@Component
class StepsAfterDischarge {

    private final StoredTransitions stored;
    private final TransitionChanges changes;
    private final TransitionSettings settings;
    private final Clock clock;

    StepsAfterDischarge(StoredTransitions stored, TransitionChanges changes, TransitionSettings settings, Clock clock) {
        this.stored = stored;
        this.changes = changes;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    void on(InteractionRecorded recorded) {
        InteractiveContact.Worth worth = InteractiveContact.of(recorded.kind(), recorded.outcome());
        if (worth == InteractiveContact.Worth.NOT_COUNTED) {
            return;
        }
        LocalDate on = LocalDate.ofInstant(recorded.occurredAt(), clock.getZone());
        for (Transition transition : recent(recorded.patientId(), on)) {
            if (transition.recordContact(new Transition.Contact(UUID.randomUUID(), on, recorded.occurredAt(),
                    worth == InteractiveContact.Worth.INTERACTIVE, recorded.kind(), recorded.outcome(),
                    recorded.interactionId(), recorded.staffId()))) {
                changes.changed(transition);
            }
        }
    }

    @EventListener
    void on(MedicationsReconciled reconciled) {
        for (Transition transition : recent(reconciled.patientId(), reconciled.reconciledOn())) {
            if (transition.recordMedicationReconciliation(reconciled.reconciledOn(), reconciled.reconciliationId())) {
                changes.changed(transition);
            }
        }
    }

    /** The patient's transitions not withdrawn that could still be owed work done on {@code day}. */
    private List<Transition> recent(UUID patientId, LocalDate day) {
        return stored.activeOf(List.of(patientId), day.minusDays(settings.recentDischargeDays())).stream()
                .filter(transition -> !transition.stay().dischargedOn().isAfter(day)).toList();
    }
}
