package org.careloop.transition;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * How an open transition reads on the worklist. Days within a week of today are named by their weekday, as a care
 * manager says them ("discharged Tue, contact by Thu"); others by month and day.
 */
final class TransitionWords {

    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE", Locale.US);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.US);

    private TransitionWords() {
    }

    /** What the transition asks for today, if anything. */
    static Optional<TransitionDue> due(Transition transition, LocalDate today) {
        if (transition.status(today).isFinal()) {
            return Optional.empty();
        }
        Transition.Stay stay = transition.stay();
        var deadlines = transition.deadlines();
        boolean discharge = transition.kind() == TransitionKind.DISCHARGE;
        String stayWords = discharge
                ? "Discharged " + day(stay.dischargedOn(), today) + " from " + stay.facility()
                : "ED visit " + day(stay.dischargedOn(), today) + " at " + stay.facility();
        String step;
        if (transition.contactPending()) {
            String call = discharge ? "contact" : "follow-up call";
            step = today.isAfter(deadlines.contactDueBy())
                    ? call + " overdue since " + day(deadlines.contactDueBy(), today)
                    : call + " by " + day(deadlines.contactDueBy(), today);
            int attempts = transition.attempts().size();
            if (attempts > 0) {
                step += attempts == 1 ? " (1 attempt so far)" : " (" + attempts + " attempts so far)";
            }
        } else if (discharge && transition.faceToFace() == null && !today.isAfter(deadlines.faceToFaceDueBy())) {
            step = (transition.contactMadeOn().isEmpty() ? transition.attemptsInWindow() + " attempts documented; " : "")
                    + "face-to-face visit by " + deadlines.faceToFaceDueBy().format(DAY)
                    + (today.isAfter(deadlines.highComplexityVisitBy()) ? ""
                    : " (" + deadlines.highComplexityVisitBy().format(DAY) + " if high complexity)");
        } else {
            return Optional.empty();
        }
        return Optional.of(new TransitionDue(transition.patientId(), transition.id(), transition.kind(),
                transition.contactPending(), stayWords + " — " + step));
    }

    static String day(LocalDate day, LocalDate today) {
        return Math.abs(ChronoUnit.DAYS.between(today, day)) <= 6 ? day.format(WEEKDAY) : day.format(DAY);
    }
}
