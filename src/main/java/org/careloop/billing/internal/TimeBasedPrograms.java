package org.careloop.billing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.careloop.billing.BillingSettings;
import org.careloop.billing.PatientMonth.LoggedTime;
import org.careloop.program.CareProgram;
import org.careloop.program.Performer;

/**
 * Turns a month's countable minutes into codes for the time-based programs. Where a program has several code
 * families that may not be billed together (CCM: clinical staff, complex, or practitioner-personal; PCM:
 * practitioner or clinical staff), exactly one family is chosen: the one that pays more, clinical staff on a tie.
 */
public final class TimeBasedPrograms {

    private final RuleBook.MonthRules rules;
    private final BillingSettings settings;

    public TimeBasedPrograms(RuleBook.MonthRules rules, BillingSettings settings) {
        this.rules = rules;
        this.settings = settings;
    }

    public TimedFamily.Outcome chronicCareManagement(List<LoggedTime> entries, boolean complex, String npi, LocalDate dos) {
        Minutes minutes = Minutes.of(entries);
        List<TimedFamily.Outcome> candidates = new ArrayList<>();
        family("CCM_CLINICAL_STAFF", null).ifPresent(f -> candidates.add(
                f.apply(minutes.total(), minutes.describeTotal(), CareProgram.CCM, npi, dos)));
        if (complex) {
            family("CCM_COMPLEX", null).ifPresent(f -> candidates.add(
                    f.apply(minutes.total(), minutes.describeTotal(), CareProgram.CCM, npi, dos)));
        }
        if (minutes.practitioner() > 0) {
            family("CCM_PRACTITIONER", settings.practitionerCcmAddOnCap()).ifPresent(f -> candidates.add(
                    f.apply(minutes.practitioner(), "billing practitioner time", CareProgram.CCM, npi, dos)));
        }
        TimedFamily.Outcome chosen = best(candidates);
        if (complex && chosen.bills() && !chosen.lines().get(0).code().equals("99487")) {
            String note = "; complex CCM (99487) needs 60 min, so the month is billed as non-complex CCM";
            return withNote(chosen, note);
        }
        return chosen;
    }

    public TimedFamily.Outcome principalCareManagement(List<LoggedTime> entries, String npi, LocalDate dos) {
        Minutes minutes = Minutes.of(entries);
        List<TimedFamily.Outcome> candidates = new ArrayList<>();
        // CPT: practitioner time short of 30 min for 99424 may count toward the clinical staff code 99426
        family("PCM_CLINICAL_STAFF", settings.pcmAddOnCap()).ifPresent(f -> candidates.add(
                f.apply(minutes.total(), minutes.describeTotal(), CareProgram.PCM, npi, dos)));
        if (minutes.practitioner() > 0) {
            family("PCM_PRACTITIONER", settings.pcmAddOnCap()).ifPresent(f -> candidates.add(
                    f.apply(minutes.practitioner(), "billing practitioner time", CareProgram.PCM, npi, dos)));
        }
        return best(candidates);
    }

    public TimedFamily.Outcome behavioralHealth(List<LoggedTime> entries, String npi, LocalDate dos) {
        Minutes minutes = Minutes.of(entries);
        return family("BHI_GENERAL", null).map(f -> f.apply(minutes.total(), minutes.describeTotal(), CareProgram.BHI, npi, dos))
                .orElseGet(() -> new TimedFamily.Outcome(List.of(), 0, "general BHI is not payable in this month", 0));
    }

    /** RPM treatment management: 99457 (+99458) from 20 min; from 2026, 99470 for 10 to 19 min. */
    public TimedFamily.Outcome remoteMonitoringManagement(List<LoggedTime> entries, String npi, LocalDate dos) {
        Minutes minutes = Minutes.of(entries);
        TimedFamily.Outcome full = family("RPM_MANAGEMENT", null)
                .map(f -> f.apply(minutes.total(), minutes.describeTotal(), CareProgram.RPM, npi, dos)).orElseThrow();
        if (full.bills()) {
            return full;
        }
        // 99458 is an add-on to 99457 only; it never follows 99470 (the conservative reading)
        return family("RPM_MANAGEMENT_SHORT", null)
                .map(f -> f.apply(minutes.total(), minutes.describeTotal(), CareProgram.RPM, npi, dos))
                .filter(TimedFamily.Outcome::bills)
                .map(outcome -> withNote(outcome, "; " + full.minutesShort() + " min short of 99457 (20 min)"))
                .orElseGet(() -> rules.base("RPM_MANAGEMENT_SHORT")
                        .map(shortCode -> new TimedFamily.Outcome(List.of(), 0, minutes.total() + " min of "
                                + minutes.describeTotal() + ": " + (shortCode.minutes() - minutes.total())
                                + " min short of " + shortCode.code() + " (" + shortCode.minutes() + " min)",
                                shortCode.minutes() - minutes.total()))
                        .orElse(full));
    }

    private Optional<TimedFamily> family(String family, Integer capFromSettings) {
        return TimedFamily.of(rules, family, capFromSettings);
    }

    private static TimedFamily.Outcome best(List<TimedFamily.Outcome> candidates) {
        return candidates.stream().filter(TimedFamily.Outcome::bills)
                .max(Comparator.comparingDouble(TimedFamily.Outcome::value)
                        .thenComparing(outcome -> -candidates.indexOf(outcome)))
                .map(chosen -> withNote(chosen, passedOver(chosen, candidates)))
                // nothing bills: say how far the nearest threshold is
                .orElseGet(() -> candidates.stream().min(Comparator.comparingInt(TimedFamily.Outcome::minutesShort))
                        .orElseThrow());
    }

    /** Names the families that would also have billed, so a biller sees the choice was made, not missed. */
    private static String passedOver(TimedFamily.Outcome chosen, List<TimedFamily.Outcome> candidates) {
        List<String> others = candidates.stream().filter(c -> c != chosen && c.bills())
                .map(c -> String.join(" + ", c.lines().stream().map(l -> l.code()).toList())).toList();
        return others.isEmpty() ? "" : "; chosen over " + String.join(" and over ", others)
                + ", which pays less for the same minutes (one CCM or PCM family per month)";
    }

    private static TimedFamily.Outcome withNote(TimedFamily.Outcome outcome, String note) {
        if (note.isEmpty()) {
            return outcome;
        }
        if (!outcome.bills()) {
            return new TimedFamily.Outcome(List.of(), 0, outcome.sentence() + note, outcome.minutesShort());
        }
        List<org.careloop.billing.BillingLine> lines = new ArrayList<>(outcome.lines());
        var base = lines.get(0);
        lines.set(0, new org.careloop.billing.BillingLine(base.code(), base.units(), base.program(),
                base.explanation() + note, base.billingPractitioner(), base.dateOfService(), base.minutes()));
        return new TimedFamily.Outcome(lines, outcome.value(), outcome.sentence() + note, 0);
    }

    /** A month's minutes split by who spent them. */
    record Minutes(int staff, int practitioner) {

        static Minutes of(List<LoggedTime> entries) {
            int staff = entries.stream().filter(e -> e.performer() == Performer.CLINICAL_STAFF).mapToInt(LoggedTime::minutes).sum();
            int practitioner = entries.stream().filter(e -> e.performer() == Performer.BILLING_PRACTITIONER).mapToInt(LoggedTime::minutes).sum();
            return new Minutes(staff, practitioner);
        }

        int total() {
            return staff + practitioner;
        }

        String describeTotal() {
            if (practitioner == 0) {
                return "clinical staff time";
            }
            if (staff == 0) {
                return "billing practitioner time counted as clinical staff time";
            }
            return "care-management time (" + staff + " clinical staff + " + practitioner + " billing practitioner)";
        }
    }
}
