package org.careloop.billing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.careloop.billing.PatientMonth.EnrollmentFacts;
import org.careloop.billing.PatientMonth.LoggedTime;
import org.careloop.billing.internal.AdvancedPrimaryCare;
import org.careloop.billing.internal.ClaimEdits;
import org.careloop.billing.internal.DeviceMonitoring;
import org.careloop.billing.internal.Prerequisites;
import org.careloop.billing.internal.RuleBook;
import org.careloop.billing.internal.TimeBasedPrograms;
import org.careloop.billing.internal.TimedFamily;
import org.careloop.billing.internal.TransitionalCare;
import org.careloop.program.CareProgram;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Medicare care-management billing for one patient-month: which codes, how many units, and why — or why not.
 * A pure function of {@link PatientMonth} and the rules in force for that month; the month close and the what-if
 * endpoint both call it.
 */
@Service
public class BillingEngine {

    private final RuleBook ruleBook;
    private final BillingSettings settings;

    @Autowired
    public BillingEngine(BillingSettings settings) {
        this(RuleBook.standard(), settings);
    }

    public BillingEngine(RuleBook ruleBook, BillingSettings settings) {
        this.ruleBook = ruleBook;
        this.settings = settings;
    }

    public BillingResult evaluate(PatientMonth month) {
        RuleBook.MonthRules rules = ruleBook.forMonth(month.month());
        LocalDate dateOfService = month.month().atEndOfMonth();
        TimeBasedPrograms timeBased = new TimeBasedPrograms(rules, settings);
        List<BillingLine> lines = new ArrayList<>();
        List<Refusal> refusals = new ArrayList<>();
        Set<CareProgram> billed = EnumSet.noneOf(CareProgram.class);

        for (EnrollmentFacts enrollment : month.enrollments()) {
            CareProgram program = enrollment.program();
            if (billed.contains(program)) {
                refusals.add(new Refusal(program, "only one practitioner may bill " + program
                        + " for a patient in a month; practitioner " + enrollment.billingPractitioner() + " is not billed"));
                continue;
            }
            Optional<String> unmet = Prerequisites.unmet(enrollment, month.month(), month.patient().diedOn())
                    .or(() -> conditionsUnmet(program, month.patient().chronicConditionCount()));
            if (unmet.isPresent()) {
                refusals.add(new Refusal(program, unmet.get()));
                continue;
            }
            List<LoggedTime> countable = Prerequisites.countable(month.timeEntries(), enrollment, month.month(),
                    month.patient().diedOn());
            String note = Prerequisites.uncountedNote(month.timeEntries(), enrollment, month.month(),
                    month.patient().diedOn());
            List<BillingLine> programLines = switch (program) {
                case CCM -> timed(timeBased.chronicCareManagement(countable, enrollment.complex(),
                        enrollment.billingPractitioner(), dateOfService), program, note, refusals);
                case PCM -> timed(timeBased.principalCareManagement(countable, enrollment.billingPractitioner(),
                        dateOfService), program, note, refusals);
                case BHI -> timed(timeBased.behavioralHealth(countable, enrollment.billingPractitioner(),
                        dateOfService), program, note, refusals);
                case RPM -> DeviceMonitoring.bill(rules, settings, month, enrollment, timeBased, countable, note,
                        dateOfService, refusals);
                case APCM -> AdvancedPrimaryCare.bill(rules, month, enrollment, dateOfService, refusals);
                case TCM -> List.of();
            };
            if (!programLines.isEmpty()) {
                billed.add(program);
                lines.addAll(programLines);
            }
        }
        unenrolledTime(month, refusals);
        // transitional care is a service, not minutes: the claim edits weigh it like one billed elsewhere (APCM)
        List<BillingLine> transitional = TransitionalCare.bill(rules, month, refusals);
        new ClaimEdits(rules, settings).apply(month.alsoBilled(transitional.stream().map(line ->
                new PatientMonth.OtherService(line.code(), line.dateOfService(), line.billingPractitioner())).toList()),
                lines, refusals);
        lines.addAll(transitional);
        return new BillingResult(lines, refusals);
    }

    private static Optional<String> conditionsUnmet(CareProgram program, int chronicConditions) {
        if (program == CareProgram.CCM && chronicConditions < 2) {
            return Optional.of("CCM needs two or more chronic conditions; the patient has " + chronicConditions);
        }
        if (program == CareProgram.PCM && chronicConditions < 1) {
            return Optional.of("PCM needs a complex chronic condition; none is recorded");
        }
        return Optional.empty();
    }

    private static List<BillingLine> timed(TimedFamily.Outcome outcome, CareProgram program, String note,
                                           List<Refusal> refusals) {
        if (!outcome.bills()) {
            refusals.add(new Refusal(program, outcome.sentence() + note));
            return List.of();
        }
        if (note.isEmpty()) {
            return outcome.lines();
        }
        List<BillingLine> lines = new ArrayList<>(outcome.lines());
        BillingLine base = lines.get(0);
        lines.set(0, new BillingLine(base.code(), base.units(), base.program(), base.explanation() + note,
                base.billingPractitioner(), base.dateOfService(), base.minutes()));
        return lines;
    }

    private static void unenrolledTime(PatientMonth month, List<Refusal> refusals) {
        Set<CareProgram> enrolled = EnumSet.noneOf(CareProgram.class);
        month.enrollments().forEach(enrollment -> enrolled.add(enrollment.program()));
        for (CareProgram program : CareProgram.values()) {
            int minutes = month.timeEntries().stream().filter(e -> e.program() == program)
                    .filter(e -> e.date() != null && java.time.YearMonth.from(e.date()).equals(month.month()))
                    .mapToInt(LoggedTime::minutes).sum();
            if (minutes > 0 && !enrolled.contains(program)) {
                refusals.add(new Refusal(program, minutes + " min logged for " + program
                        + ", but the patient is not enrolled in " + program));
            }
        }
    }
}
