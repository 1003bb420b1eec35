package org.careloop.enrollment.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.enrollment.Consent;
import org.careloop.enrollment.Enrollment;
import org.careloop.enrollment.EnrollmentStatus;
import org.careloop.enrollment.ProgramEnrollments;

/**
 * The enrollment rules that need no state of their own: what a move must say, when an enrollment may become what,
 * what CMS asks of a consent before it counts, and how consents line up newest first.
 */
public final class EnrollmentRules {

    private EnrollmentRules() {
    }

    /** Refuses the request naming every field with a problem, if there is any. */
    public static void refuse(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Invalid " + String.join(", ", problems.keySet()), problems);
        }
    }

    /** A move of the enrollment names where to and says why. */
    static void checkMove(EnrollmentStatus next, String reason) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (next == null) {
            problems.put("to", "is required");
        }
        if (reason == null || reason.isBlank()) {
            problems.put("reason", "is required: every move of an enrollment records why");
        }
        refuse(problems);
    }

    /** Why the enrollment cannot move to {@code next} now, naming its state, or empty when it may. */
    static Optional<String> refusalToMove(Enrollment now, EnrollmentStatus next, LocalDate today) {
        String is = "The " + now.program() + " enrollment is " + now.status().label();
        if (!now.status().canMoveTo(next)) {
            return Optional.of(is + " and cannot become " + next.label());
        }
        if (next == EnrollmentStatus.ACTIVE && !now.isAttested()) {
            return Optional.of(is + ": a provider must attest that the patient qualifies before it becomes active");
        }
        if (next == EnrollmentStatus.ACTIVE && now.currentConsent()
                .filter(c -> c.covers(YearMonth.from(today), now.billingPractitionerId())).isEmpty()) {
            return Optional.of(is + ": record the patient's consent for the current billing practitioner before it"
                    + " becomes active");
        }
        return Optional.empty();
    }

    /** The consent as recorded for the practitioner, once every disclosure was made and the date is not ahead. */
    static Consent consent(ProgramEnrollments.ConsentGiven given, UUID practitioner, UUID by, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (given.method() == null) {
            problems.put("method", "is required: VERBAL or WRITTEN");
        }
        if (given.obtainedOn() == null) {
            problems.put("obtainedOn", "is required");
        } else if (given.obtainedOn().isAfter(today)) {
            problems.put("obtainedOn", "cannot be in the future");
        }
        requireTrue(problems, "disclosures.costSharing", given.costSharingExplained(),
                "the patient must be told that cost sharing applies");
        requireTrue(problems, "disclosures.onePractitionerPerMonth", given.onePractitionerExplained(),
                "the patient must be told that only one practitioner can bill this service in a month");
        requireTrue(problems, "disclosures.rightToStop", given.rightToStopExplained(),
                "the patient must be told they may stop at any time, effective at the end of the month");
        requireTrue(problems, "disclosures.electronicSharing", given.electronicSharingAuthorized(),
                "the patient must authorize electronic sharing of their information");
        refuse(problems);
        return new Consent(UUID.randomUUID(), practitioner, given.method(), given.obtainedOn(), by, true, true, true,
                true, given.language(), given.attachmentName(), null, null);
    }

    /** Where a consent just recorded goes among the others: newest obtained first, the latest recorded first. */
    static int positionAmong(List<Consent> consents, Consent recorded) {
        int position = 0;
        while (position < consents.size() && consents.get(position).obtainedOn().isAfter(recorded.obtainedOn())) {
            position++;
        }
        return position;
    }

    static Consent revoked(Consent c, EnrollmentChanges.Revocation revocation) {
        return new Consent(c.id(), c.billingPractitionerId(), c.method(), c.obtainedOn(), c.obtainedBy(),
                c.costSharingExplained(), c.onePractitionerExplained(), c.rightToStopExplained(),
                c.electronicSharingAuthorized(), c.language(), c.attachmentName(), revocation.revokedOn(),
                revocation.reason());
    }

    private static void requireTrue(Map<String, String> problems, String field, Boolean value, String message) {
        if (!Boolean.TRUE.equals(value)) {
            problems.put(field, message);
        }
    }
}
