package org.careloop.billing.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.careloop.billing.PatientMonth.EnrollmentFacts;
import org.careloop.billing.PatientMonth.LoggedTime;
import org.careloop.program.CareProgram;

/**
 * The gates every care-management claim passes before minutes matter: a billing practitioner, the patient's
 * consent before the service (CMS: documented before the service starts; revocation takes effect at the end of
 * that month) and, for programs built on a care plan, an established plan.
 */
public final class Prerequisites {

    private static final Set<CareProgram> NEED_CARE_PLAN = EnumSet.of(CareProgram.CCM, CareProgram.PCM, CareProgram.APCM);

    private Prerequisites() {
    }

    /** Why this enrollment cannot bill this month, if it cannot. */
    public static Optional<String> unmet(EnrollmentFacts enrollment, YearMonth month, LocalDate diedOn) {
        LocalDate lastDay = month.atEndOfMonth();
        if (diedOn != null && diedOn.isBefore(month.atDay(1))) {
            return Optional.of("the patient died on " + diedOn + ", before " + month
                    + ": no service after the patient's death is billable");
        }
        if (enrollment.billingPractitioner() == null || !enrollment.billingPractitioner().matches("\\d{10}")) {
            return Optional.of("no billing practitioner NPI on the " + enrollment.program() + " enrollment");
        }
        if (enrollment.consentDate() == null) {
            return Optional.of("no consent on file: " + enrollment.program()
                    + " is not billable until the patient's consent is recorded");
        }
        if (enrollment.consentDate().isAfter(lastDay)) {
            return Optional.of("consent was given on " + enrollment.consentDate() + ", after " + month);
        }
        LocalDate revoked = enrollment.consentRevokedDate();
        if (revoked != null && YearMonth.from(revoked).isBefore(month)) {
            return Optional.of("consent was revoked on " + revoked + " (effective at the end of "
                    + YearMonth.from(revoked) + ")");
        }
        if (NEED_CARE_PLAN.contains(enrollment.program())
                && (enrollment.carePlanDate() == null || enrollment.carePlanDate().isAfter(lastDay))) {
            return Optional.of("no care plan established by " + lastDay + ": " + enrollment.program()
                    + " requires a comprehensive care plan");
        }
        return Optional.empty();
    }

    /**
     * The entries that count: in the service month, of this program, on or after the day of consent and on or
     * before the day the patient died (a service on the day of death counts, the day after does not).
     */
    public static List<LoggedTime> countable(List<LoggedTime> entries, EnrollmentFacts enrollment, YearMonth month,
                                             LocalDate diedOn) {
        return entries.stream()
                .filter(entry -> entry.program() == enrollment.program())
                .filter(entry -> YearMonth.from(entry.date()).equals(month))
                .filter(entry -> enrollment.consentDate() == null || !entry.date().isBefore(enrollment.consentDate()))
                .filter(entry -> !afterDeath(entry, diedOn))
                .toList();
    }

    private static boolean afterDeath(LoggedTime entry, LocalDate diedOn) {
        return diedOn != null && entry.date().isAfter(diedOn);
    }

    /** A note on minutes that were logged but do not count this month, or an empty string. */
    public static String uncountedNote(List<LoggedTime> entries, EnrollmentFacts enrollment, YearMonth month,
                                       LocalDate diedOn) {
        int otherMonths = entries.stream().filter(e -> e.program() == enrollment.program())
                .filter(e -> !YearMonth.from(e.date()).equals(month)).mapToInt(LoggedTime::minutes).sum();
        int beforeConsent = entries.stream().filter(e -> e.program() == enrollment.program())
                .filter(e -> YearMonth.from(e.date()).equals(month))
                .filter(e -> enrollment.consentDate() != null && e.date().isBefore(enrollment.consentDate()))
                .mapToInt(LoggedTime::minutes).sum();
        int afterDeath = entries.stream().filter(e -> e.program() == enrollment.program())
                .filter(e -> YearMonth.from(e.date()).equals(month)).filter(e -> afterDeath(e, diedOn))
                .mapToInt(LoggedTime::minutes).sum();
        StringBuilder note = new StringBuilder();
        if (afterDeath > 0) {
            note.append("; ").append(afterDeath).append(" min of service after the patient's death on ").append(diedOn)
                    .append(" do not count");
        }
        if (beforeConsent > 0) {
            note.append("; ").append(beforeConsent).append(" min logged before consent on ")
                    .append(enrollment.consentDate()).append(" do not count");
        }
        if (otherMonths > 0) {
            note.append("; ").append(otherMonths).append(" min logged outside ").append(month)
                    .append(" do not carry over");
        }
        return note.toString();
    }
}
