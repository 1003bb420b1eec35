package org.careloop.billing.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.careloop.billing.BillingLine;
import org.careloop.billing.PatientMonth;
import org.careloop.billing.PatientMonth.EnrollmentFacts;
import org.careloop.billing.Refusal;
import org.careloop.program.CareProgram;

/**
 * Advanced primary care management (from 2025): one monthly code with no time threshold, its level set by the
 * patient: G0556 for at most one chronic condition, G0557 for two or more, G0558 for two or more and a
 * Qualified Medicare Beneficiary. Level 3 needs QMB evidence, never a guess.
 */
public final class AdvancedPrimaryCare {

    private AdvancedPrimaryCare() {
    }

    public static List<BillingLine> bill(RuleBook.MonthRules rules, PatientMonth month, EnrollmentFacts enrollment,
                                         LocalDate dateOfService, List<Refusal> refusals) {
        if (rules.apcm().isEmpty()) {
            refusals.add(new Refusal(CareProgram.APCM, "APCM codes (G0556-G0558) are payable only from 2025; "
                    + month.month() + " is before that"));
            return List.of();
        }
        int conditions = month.patient().chronicConditionCount();
        boolean qmb = month.patient().qmb();
        Optional<RuleBook.ApcmRule> level = rules.apcm().stream()
                .filter(rule -> conditions >= rule.minChronicConditions() && (!rule.qmbRequired() || qmb))
                .max(Comparator.comparingInt(RuleBook.ApcmRule::level));
        RuleBook.ApcmRule rule = level.orElseThrow();
        String why = switch (rule.level()) {
            case 3 -> conditions + " chronic conditions and Qualified Medicare Beneficiary status: level 3, " + rule.code();
            case 2 -> conditions + " chronic conditions" + (qmb ? "" : ", no QMB status on file") + ": level 2, " + rule.code();
            default -> conditions + (conditions == 1 ? " chronic condition" : " chronic conditions") + ": level 1, " + rule.code();
        };
        return List.of(new BillingLine(rule.code(), 1, CareProgram.APCM, why + " (monthly, no time threshold)",
                enrollment.billingPractitioner(), dateOfService, 0));
    }
}
