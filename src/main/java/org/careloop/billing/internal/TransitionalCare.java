package org.careloop.billing.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.careloop.billing.BillingLine;
import org.careloop.billing.PatientMonth;
import org.careloop.billing.PatientMonth.DischargeFacts;
import org.careloop.billing.PatientMonth.OtherService;
import org.careloop.billing.Refusal;
import org.careloop.program.CareProgram;
import org.careloop.transition.MedicalDecisionMaking;

/**
 * Transitional care management, 99495 and 99496 (CMS/CPT, CCM reference 1.9), from a discharge to a community
 * setting: an interactive contact within 2 business days (or two or more documented unsuccessful attempts in that
 * window), medication reconciliation no later than the face-to-face visit, and the visit within 14 days with at least
 * moderate medical decision making (99495) or within 7 days with high (99496; high seen on days 8 to 14 is 99495).
 * Reported once per patient per 30-day period, which starts on the discharge day (day 30 = discharge + 29): a second
 * discharge within a billed period is not billed again. It is reported once the period has ended, in the month it
 * ends, and not at all if the patient died before day 30 (the visit is then billed as an E/M). The date of service
 * is the face-to-face visit's (CMS 2016 TCM FAQ).
 */
public final class TransitionalCare {

    static final Set<String> CODES = Set.of("99495", "99496");
    private static final int PERIOD_DAYS = 30;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.US);

    private TransitionalCare() {
    }

    /** The month's TCM lines: one per discharge whose period ends this month and that meets every element. */
    public static List<BillingLine> bill(RuleBook.MonthRules rules, PatientMonth month, List<Refusal> refusals) {
        List<BillingLine> lines = new ArrayList<>();
        DischargeFacts lastBilled = null;
        for (DischargeFacts discharge : month.discharges().stream()
                .sorted(Comparator.comparing(DischargeFacts::dischargedOn)).toList()) {
            boolean thisMonth = YearMonth.from(periodEnd(discharge)).equals(month.month());
            Optional<String> unmet = unmet(discharge, month.patient().diedOn());
            if (unmet.isEmpty() && lastBilled != null && !discharge.dischargedOn().isAfter(periodEnd(lastBilled))) {
                unmet = Optional.of("discharged " + day(discharge.dischargedOn()) + " within the 30-day period of the "
                        + "discharge on " + day(lastBilled.dischargedOn()) + ", whose transitional care is billed: TCM "
                        + "is billed once per 30 days");
            }
            Optional<RuleBook.TransitionalCareRule> code = unmet.isPresent() ? Optional.empty() : code(rules, discharge);
            if (unmet.isEmpty() && code.isEmpty()) {
                unmet = Optional.of(visitTooLate(discharge));
            }
            if (unmet.isEmpty()) {
                unmet = billedElsewhere(discharge, month.otherServices());
            }
            if (unmet.isEmpty()) {
                lastBilled = discharge;
            }
            if (!thisMonth) {
                continue;
            }
            if (unmet.isPresent()) {
                refusals.add(new Refusal(CareProgram.TCM, "Discharge " + day(discharge.dischargedOn()) + " from "
                        + discharge.facility() + ": " + unmet.get()));
            } else {
                lines.add(line(code.get(), discharge));
            }
        }
        return lines;
    }

    /** The first element the discharge's care does not meet, in a biller's words. */
    private static Optional<String> unmet(DischargeFacts discharge, LocalDate diedOn) {
        LocalDate periodEnd = periodEnd(discharge);
        if (!discharge.periodOver()) {
            return Optional.of("its 30-day period runs to " + day(periodEnd) + "; TCM is reported once it has ended");
        }
        if (diedOn != null && diedOn.isBefore(periodEnd)) {
            return Optional.of("the patient died on " + day(diedOn) + ", before day 30 (" + day(periodEnd)
                    + "): TCM is not reported; bill the face-to-face visit as an E/M");
        }
        if (!contactMet(discharge)) {
            return Optional.of(contactMissing(discharge));
        }
        if (discharge.faceToFaceOn() == null) {
            return Optional.of("no face-to-face visit is recorded");
        }
        if (discharge.decisionMaking() == null) {
            return Optional.of("the provider recorded no level of medical decision making for the visit on "
                    + day(discharge.faceToFaceOn()));
        }
        LocalDate reconciled = discharge.medicationsReconciledOn();
        if (reconciled == null || reconciled.isAfter(discharge.faceToFaceOn())) {
            return Optional.of("medications were not reconciled by the face-to-face visit on " + day(discharge.faceToFaceOn())
                    + (reconciled == null ? "" : " (reconciled " + day(reconciled) + ")"));
        }
        if (discharge.billingPractitioner() == null || discharge.billingPractitioner().isBlank()) {
            return Optional.of("the provider who saw the patient on " + day(discharge.faceToFaceOn()) + " has no NPI");
        }
        return Optional.empty();
    }

    private static boolean contactMet(DischargeFacts discharge) {
        LocalDate contacted = discharge.contactedOn();
        return contacted != null && inWindow(contacted, discharge) || attemptsInWindow(discharge) >= 2;
    }

    private static String contactMissing(DischargeFacts discharge) {
        StringBuilder words = new StringBuilder("no interactive contact within 2 business days (by ")
                .append(day(discharge.contactDueBy())).append(")");
        if (discharge.contactedOn() != null) {
            words.append("; the patient was reached on ").append(day(discharge.contactedOn())).append(", too late");
        }
        long attempts = attemptsInWindow(discharge);
        if (attempts == 1) {
            words.append("; one unsuccessful attempt in time, and two are needed to stand in for the contact");
        }
        return words.toString();
    }

    private static long attemptsInWindow(DischargeFacts discharge) {
        return discharge.attempts().stream().filter(day -> inWindow(day, discharge)).count();
    }

    private static boolean inWindow(LocalDate day, DischargeFacts discharge) {
        return !day.isBefore(discharge.dischargedOn()) && !day.isAfter(discharge.contactDueBy());
    }

    /** The best-paid code whose decision making and visit window the care meets. */
    private static Optional<RuleBook.TransitionalCareRule> code(RuleBook.MonthRules rules, DischargeFacts discharge) {
        long day = ChronoUnit.DAYS.between(discharge.dischargedOn(), discharge.faceToFaceOn());
        return rules.transitionalCare().stream()
                .filter(rule -> discharge.decisionMaking().compareTo(rule.decisionMaking()) >= 0)
                .filter(rule -> day <= rule.visitWithinDays())
                .max(Comparator.comparingDouble(RuleBook.TransitionalCareRule::rate));
    }

    private static String visitTooLate(DischargeFacts discharge) {
        long day = ChronoUnit.DAYS.between(discharge.dischargedOn(), discharge.faceToFaceOn());
        return "the face-to-face visit on " + day(discharge.faceToFaceOn()) + " was day " + day
                + " after the discharge; TCM needs it by day 14 (day 7 for 99496)";
    }

    /** Another practitioner's (or an earlier claim's) TCM within 30 days: only one is payable. */
    private static Optional<String> billedElsewhere(DischargeFacts discharge, List<OtherService> others) {
        return others.stream().filter(service -> CODES.contains(service.code()) && service.date() != null)
                .filter(service -> Math.abs(ChronoUnit.DAYS.between(service.date(), discharge.faceToFaceOn())) < PERIOD_DAYS)
                .findFirst().map(service -> service.code() + " was billed on " + day(service.date()) + " by "
                        + service.billingPractitioner() + ": TCM is billed once per 30 days, by one practitioner");
    }

    private static BillingLine line(RuleBook.TransitionalCareRule rule, DischargeFacts discharge) {
        long visitDay = ChronoUnit.DAYS.between(discharge.dischargedOn(), discharge.faceToFaceOn());
        String contact = discharge.contactedOn() != null && inWindow(discharge.contactedOn(), discharge)
                ? "patient reached " + day(discharge.contactedOn())
                : attemptsInWindow(discharge) + " unsuccessful attempts documented";
        String seen = discharge.decisionMaking() == MedicalDecisionMaking.HIGH && rule.decisionMaking()
                == MedicalDecisionMaking.MODERATE ? " (high complexity seen after day 7 is 99495)" : "";
        String explanation = "Discharged " + day(discharge.dischargedOn()) + " from " + discharge.facility() + "; "
                + contact + " (due by " + day(discharge.contactDueBy()) + "); medications reconciled "
                + day(discharge.medicationsReconciledOn()) + "; "
                + discharge.decisionMaking().name().toLowerCase() + "-complexity face-to-face visit "
                + day(discharge.faceToFaceOn()) + ", day " + visitDay + ": " + rule.code() + seen
                + "; 30-day period ended " + day(periodEnd(discharge));
        return new BillingLine(rule.code(), 1, CareProgram.TCM, explanation, discharge.billingPractitioner(),
                discharge.faceToFaceOn(), 0);
    }

    static LocalDate periodEnd(DischargeFacts discharge) {
        return discharge.dischargedOn().plusDays(PERIOD_DAYS - 1);
    }

    private static String day(LocalDate day) {
        return day.format(DAY);
    }
}
