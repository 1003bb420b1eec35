package org.careloop.appointment;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.careloop.RefusedTransition;
import org.careloop.StaleVersion;

/**
 * An appointment of the patient's: its kind and purpose ("cardiology"), when, where and with whom, whether the care
 * manager arranged it, its status with the outcome's note, how the patient gets there, and the follow-up task a
 * missed one opened. It moves once, from scheduled to kept, missed or cancelled; kept and missed only once its time
 * has come. {@code version} guards against two people changing it at once.
 */
public record Appointment(UUID id, UUID patientId, UUID practiceId, AppointmentKind kind, String purpose,
                          Instant startsAt, String location, String withWhom, boolean arrangedByCareManager,
                          AppointmentStatus status, String outcomeNote, Instant outcomeRecordedAt,
                          Transportation transportation, UUID followUpTaskId, Instant createdAt, int version) {

    /** A scheduled appointment whose outcome is still unknown a day after it began is flagged. */
    static final Duration OUTCOME_EXPECTED_WITHIN = Duration.ofDays(1);

    /** What it is in a word or two: the purpose ("cardiology"), else the kind ("lab"). */
    public String what() {
        return purpose == null || purpose.isBlank() ? kind.words() : purpose;
    }

    /** Whether its time has passed by more than a day and nobody said whether it was kept. */
    public boolean outcomeOverdue(Instant now) {
        return status == AppointmentStatus.SCHEDULED && startsAt.plus(OUTCOME_EXPECTED_WITHIN).isBefore(now);
    }

    /** The appointment moved or corrected (time, place, who with), while it is still scheduled. */
    Appointment rescheduled(int basedOnVersion, AppointmentKind newKind, String newPurpose, Instant newStart,
                            String newLocation, String newWithWhom) {
        refuseUnlessScheduled("changed");
        refuseIfStale(basedOnVersion);
        return new Appointment(id, patientId, practiceId, newKind, newPurpose, newStart, newLocation, newWithWhom,
                arrangedByCareManager, status, outcomeNote, outcomeRecordedAt, transportation, followUpTaskId,
                createdAt, version + 1);
    }

    /** The outcome: kept or missed once the appointment's time has come, cancelled at any time before that is known. */
    Appointment settled(int basedOnVersion, AppointmentStatus outcome, String note, Instant now) {
        refuseUnlessScheduled("marked " + outcome.name().toLowerCase());
        refuseIfStale(basedOnVersion);
        if (outcome != AppointmentStatus.CANCELLED && startsAt.isAfter(now)) {
            throw new RefusedTransition("The appointment begins at " + startsAt + " and has not happened yet: it "
                    + "cannot be " + outcome.name().toLowerCase() + " before then (cancel it, or reschedule it)");
        }
        return new Appointment(id, patientId, practiceId, kind, purpose, startsAt, location, withWhom,
                arrangedByCareManager, outcome, note, now, transportation, followUpTaskId, createdAt, version + 1);
    }

    /** The ride arranged for it, while it is still scheduled. */
    Appointment withTransportation(int basedOnVersion, Transportation ride) {
        refuseUnlessScheduled("given a ride");
        refuseIfStale(basedOnVersion);
        return new Appointment(id, patientId, practiceId, kind, purpose, startsAt, location, withWhom,
                arrangedByCareManager, status, outcomeNote, outcomeRecordedAt, ride, followUpTaskId, createdAt,
                version + 1);
    }

    private void refuseUnlessScheduled(String move) {
        if (status.settled()) {
            throw new RefusedTransition("The appointment is already " + status.name().toLowerCase()
                    + " and cannot be " + move);
        }
    }

    private void refuseIfStale(int basedOnVersion) {
        if (basedOnVersion != version) {
            throw new StaleVersion("The appointment was changed by someone else; reload it", version);
        }
    }
}
