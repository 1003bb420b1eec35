package org.careloop.transition;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.careloop.patient.PatientRoster;
import org.careloop.task.NewTask;
import org.careloop.task.TaskBoard;
import org.careloop.task.TaskKind;
import org.careloop.task.TaskPriority;
import org.careloop.task.TaskStatus;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The call a transition owes lands on the patient's care manager's task list (the care managers' pool when the
 * patient has none), due the day the contact is due: the first days at home are when readmissions start, and the
 * 2-business-day window does not wait for someone to look. A corrected stay moves the task; the contact done (or
 * two attempts in time) closes it as done, a cancelled stay as cancelled.
 */
@Component
class TransitionCalls {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.US);

    private final TaskBoard board;
    private final PatientRoster roster;

    TransitionCalls(TaskBoard board, PatientRoster roster) {
        this.board = board;
        this.roster = roster;
    }

    /** One task per transition, known by this reason. */
    static String reason(UUID transitionId) {
        return "TRANSITION_" + transitionId;
    }

    @EventListener
    void on(TransitionOpened opened) {
        keep(opened.transitionId(), opened.patientId(), opened.practiceId(), opened.kind(), opened.facility(),
                opened.dischargedOn(), opened.contactDueBy());
    }

    /** A correction moves the call that is still owed; a patient already reached gets no new one. */
    @EventListener
    void on(TransitionAmended amended) {
        if (!amended.contactOwed()) {
            return;
        }
        keep(amended.transitionId(), amended.patientId(), amended.practiceId(), amended.kind(), amended.facility(),
                amended.dischargedOn(), amended.contactDueBy());
    }

    @EventListener
    void on(TransitionContacted contacted) {
        board.closeFor(contacted.patientId(), contacted.practiceId(), reason(contacted.transitionId()), TaskStatus.DONE,
                contacted.reached() ? "Patient reached on " + contacted.on().format(DAY)
                        : contacted.attempts() + " unsuccessful attempts documented in time");
    }

    @EventListener
    void on(TransitionWithdrawn withdrawn) {
        board.closeFor(withdrawn.patientId(), withdrawn.practiceId(), reason(withdrawn.transitionId()),
                TaskStatus.CANCELLED, "Transition withdrawn: " + withdrawn.reason());
    }

    private void keep(UUID transitionId, UUID patientId, UUID practiceId, TransitionKind kind, String facility,
                      LocalDate dischargedOn, LocalDate dueOn) {
        UUID careManager = roster.of(java.util.List.of(patientId), new UUID[] {practiceId}).values().stream()
                .map(PatientRoster.RosterEntry::assignedCareManagerId).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
        String title = kind == TransitionKind.DISCHARGE
                ? "Transition call: discharged " + dischargedOn.format(DAY) + " from " + facility
                : "ED follow-up call: seen " + dischargedOn.format(DAY) + " at " + facility;
        String notes = kind == TransitionKind.DISCHARGE
                ? "Interactive contact within 2 business days of the discharge (TCM). Ask about the discharge "
                        + "instructions, new or changed medicines, the follow-up appointment, warning signs and "
                        + "services at home. Two unanswered attempts in the window count: record each one."
                : "Follow-up call after an emergency visit without admission: how the patient is, the ED's "
                        + "instructions and medicines, and a visit with the practice if needed.";
        board.keepOpen(new NewTask(practiceId, patientId, title, TaskKind.FOLLOW_UP, careManager,
                careManager == null ? "CARE_MANAGER" : null, dueOn, TaskPriority.URGENT, notes,
                "transition:" + transitionId), reason(transitionId));
    }
}
