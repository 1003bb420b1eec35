package org.careloop.transition;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.careloop.outreach.InteractionKind;
import org.careloop.outreach.InteractionOutcome;
import org.careloop.transition.HospitalEncounterReported.Diagnosis;
import org.careloop.transition.HospitalEncounterReported.DischargeDisposition;

/**
 * A transition as the care team reads it: the stay, the deadlines, what is done and its status on the day it is
 * read. {@code faceToFaceDueBy} is the last day a visit still counts (day 14); {@code highComplexityVisitBy} the last
 * day for a high-complexity visit (day 7); both null for an ED follow-up, as is {@code periodEndsOn}.
 */
public record TransitionView(UUID id, UUID patientId, TransitionKind kind, String facility, String visitNumber,
                             LocalDate admittedOn, LocalDate dischargedOn, List<Diagnosis> diagnoses,
                             DischargeDisposition dischargeDisposition, LocalDate contactDueBy,
                             LocalDate highComplexityVisitBy, LocalDate faceToFaceDueBy, LocalDate periodEndsOn,
                             LocalDate contactMadeOn, List<Attempt> attempts, boolean contactRequirementMet,
                             LocalDate medRecDoneOn, LocalDate faceToFaceOn, MedicalDecisionMaking complexity,
                             TransitionStatus status, String withdrawnBecause, int version) {

    /** An unsuccessful attempt to reach the patient; {@code inWindow}: within the 2 business days, so it counts. */
    public record Attempt(LocalDate on, InteractionKind kind, InteractionOutcome outcome, boolean inWindow) {
    }

    static TransitionView of(Transition transition, LocalDate today) {
        Transition.Stay stay = transition.stay();
        var deadlines = transition.deadlines();
        Transition.FaceToFace visit = transition.faceToFace();
        return new TransitionView(transition.id(), transition.patientId(), transition.kind(), stay.facility(),
                stay.visitNumber(), stay.admittedOn(), stay.dischargedOn(), stay.diagnoses(), stay.disposition(),
                deadlines.contactDueBy(), deadlines.highComplexityVisitBy(), deadlines.faceToFaceDueBy(),
                deadlines.periodEndsOn(), transition.contactMadeOn().orElse(null),
                transition.attempts().stream().map(attempt -> new Attempt(attempt.on(), attempt.kind(),
                        attempt.outcome(), transition.inContactWindow(attempt))).toList(),
                transition.contactRequirementMet(), transition.medicationsReconciledOn(),
                visit == null ? null : visit.visitedOn(), visit == null ? null : visit.decisionMaking(),
                transition.status(today), transition.withdrawal() == null ? null : transition.withdrawal().reason(),
                transition.version());
    }
}
