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

    /**
     * What blocks an enrollment from billing, in the few words a worklist shows ("no signed care plan"); the month
     * close refuses with the sentence of the first one, so the two never disagree.
     */
    public enum Blocker {
        DIED_BEFORE_MONTH("the patient died before the month"),
        NO_BILLING_PRACTITIONER("no billing practitioner"),
        NO_CONSENT("no consent"),
        NO_ATTESTATION("no attestation"),
        CONSENT_AFTER_MONTH("consent after the month"),
        CONSENT_REVOKED("consent revoked"),
        NO_SIGNED_CARE_PLAN("no signed care plan");

        private final String words;

        Blocker(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** Everything that blocks this enrollment from billing this month, in the order a biller fixes them. */
    public static List<Blocker> blockers(EnrollmentFacts enrollment, YearMonth month, LocalDate diedOn) {
        LocalDate lastDay = month.atEndOfMonth();
        List<Blocker> blockers = new java.util.ArrayList<>();
        if (diedOn != null && diedOn.isBefore(month.atDay(1))) {
            blockers.add(Blocker.DIED_BEFORE_MONTH);
        }
        if (enrollment.billingPractitioner() == null || !enrollment.billingPractitioner().matches("\\d{10}")) {
            blockers.add(Blocker.NO_BILLING_PRACTITIONER);
        }
        if (enrollment.consentDate() == null) {
            blockers.add(Blocker.NO_CONSENT);
        } else if (enrollment.consentDate().isAfter(lastDay)) {
            blockers.add(Blocker.CONSENT_AFTER_MONTH);
        }
        LocalDate revoked = enrollment.consentRevokedDate();
        if (revoked != null && YearMonth.from(revoked).isBefore(month)) {
            blockers.add(Blocker.CONSENT_REVOKED);
        }
        if (!enrollment.attested()) {
            blockers.add(Blocker.NO_ATTESTATION);
        }
        if (NEED_CARE_PLAN.contains(enrollment.program())
                && (enrollment.carePlanDate() == null || enrollment.carePlanDate().isAfter(lastDay))) {
            blockers.add(Blocker.NO_SIGNED_CARE_PLAN);
        }
        return blockers;
    }

    /** Why this enrollment cannot bill this month, if it cannot: the first blocker, in a biller's sentence. */
    public static Optional<String> unmet(EnrollmentFacts enrollment, YearMonth month, LocalDate diedOn) {
        return blockers(enrollment, month, diedOn).stream().findFirst()
                .map(blocker -> sentence(blocker, enrollment, month, diedOn));
    }

    private static String sentence(Blocker blocker, EnrollmentFacts enrollment, YearMonth month, LocalDate diedOn) {
        CareProgram program = enrollment.program();
        return switch (blocker) {
            case DIED_BEFORE_MONTH -> "the patient died on " + diedOn + ", before " + month
                    + ": no service after the patient's death is billable";
            case NO_BILLING_PRACTITIONER -> "no billing practitioner NPI on the " + program + " enrollment";
            case NO_ATTESTATION -> "no attestation: a provider has not attested that the patient qualifies for " + program;
            case NO_CONSENT -> "no consent on file: " + program + " is not billable until the patient's consent is recorded";
            case CONSENT_AFTER_MONTH -> "consent was given on " + enrollment.consentDate() + ", after " + month;
            case CONSENT_REVOKED -> "consent was revoked on " + enrollment.consentRevokedDate() + " (effective at the end of "
                    + YearMonth.from(enrollment.consentRevokedDate()) + ")";
            case NO_SIGNED_CARE_PLAN -> "no signed care plan by " + month.atEndOfMonth() + ": " + program
                    + " requires a comprehensive care plan, signed by a provider";
        };
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
