package org.careloop.billing.internal;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.careloop.billing.BillingLine;
import org.careloop.billing.BillingSettings;
import org.careloop.billing.PatientMonth;
import org.careloop.billing.PatientMonth.OtherService;
import org.careloop.billing.Refusal;
import org.careloop.program.CareProgram;

/**
 * The edits Medicare's claim system does not make and OIG audits recover money for (CCM reference 1.6 and 1.16):
 * programs that exclude each other, services that exclude a program, add-ons without their base, codes already
 * billed this month, and transitional care billed twice within 30 days. Each removed line leaves its reason.
 */
public final class ClaimEdits {

    private static final Set<String> TCM_CODES = Set.of("99495", "99496");

    private final RuleBook.MonthRules rules;
    private final BillingSettings settings;

    public ClaimEdits(RuleBook.MonthRules rules, BillingSettings settings) {
        this.rules = rules;
        this.settings = settings;
    }

    public void apply(PatientMonth month, List<BillingLine> lines, List<Refusal> refusals) {
        List<OtherService> others = month.otherServices().stream()
                .filter(service -> service.date() != null && YearMonth.from(service.date()).equals(month.month()))
                .toList();
        serviceExclusions(others, lines, refusals);
        programExclusions(lines, refusals);
        addOnsWithoutBase(lines, refusals);
        otherAddOnsWithoutBase(others, lines, refusals);
        alreadyBilled(others, lines, refusals);
        transitionalCareTwiceIn30Days(month.otherServices(), refusals);
    }

    private void serviceExclusions(List<OtherService> others, List<BillingLine> lines, List<Refusal> refusals) {
        for (RuleBook.ServiceExclusion exclusion : rules.serviceExclusions()) {
            if ("ccm.excludeCarePlanOversightAndEsrd".equals(exclusion.setting()) && !settings.excludeCarePlanOversightAndEsrd()) {
                continue;
            }
            for (OtherService service : others) {
                if (!exclusion.codes().contains(service.code())) {
                    continue;
                }
                List<BillingLine> hit = lines.stream().filter(line -> line.program() == exclusion.program())
                        .filter(line -> !exclusion.samePractitionerOnly()
                                || Objects.equals(line.billingPractitioner(), service.billingPractitioner()))
                        .toList();
                if (!hit.isEmpty()) {
                    lines.removeAll(hit);
                    refusals.add(new Refusal(exclusion.program(), exclusion.reason().replace("{code}", service.code())
                            + " (" + service.code() + " on " + service.date() + ")"));
                }
            }
        }
    }

    private void programExclusions(List<BillingLine> lines, List<Refusal> refusals) {
        for (RuleBook.ProgramExclusion exclusion : rules.exclusions()) {
            Set<String> practitionersOfOther = lines.stream().filter(line -> line.program() == exclusion.with())
                    .map(BillingLine::billingPractitioner).collect(Collectors.toSet());
            if (practitionersOfOther.isEmpty()) {
                continue;
            }
            List<BillingLine> hit = lines.stream().filter(line -> line.program() == exclusion.program())
                    .filter(line -> !exclusion.samePractitionerOnly()
                            || practitionersOfOther.contains(line.billingPractitioner()))
                    .toList();
            if (!hit.isEmpty()) {
                lines.removeAll(hit);
                refusals.add(new Refusal(exclusion.program(), exclusion.reason()));
            }
        }
    }

    private void addOnsWithoutBase(List<BillingLine> lines, List<Refusal> refusals) {
        for (BillingLine line : new ArrayList<>(lines)) {
            rules.code(line.code()).filter(rule -> rule.kind() == RuleBook.Kind.ADD_ON).ifPresent(addOn -> {
                boolean baseBilled = rules.base(addOn.family())
                        .map(base -> lines.stream().anyMatch(other -> other.code().equals(base.code())))
                        .orElse(false);
                if (!baseBilled) {
                    lines.remove(line);
                    refusals.add(new Refusal(line.program(), line.code() + " is an add-on and its base code is not billed this month"));
                }
            });
        }
    }

    private void otherAddOnsWithoutBase(List<OtherService> others, List<BillingLine> lines, List<Refusal> refusals) {
        for (RuleBook.AddOnBase rule : rules.addOnsNeedingBase()) {
            others.stream().filter(service -> service.code().equals(rule.addOn())).forEach(service -> {
                boolean base = lines.stream().anyMatch(line -> rule.base().contains(line.code())
                        && Objects.equals(line.billingPractitioner(), service.billingPractitioner()))
                        || others.stream().anyMatch(other -> rule.base().contains(other.code())
                        && Objects.equals(other.billingPractitioner(), service.billingPractitioner()));
                if (!base) {
                    refusals.add(new Refusal(CareProgram.APCM, service.code() + " on " + service.date()
                            + " is payable only with an APCM base code (" + String.join(", ", rule.base())
                            + ") by the same practitioner in the same month, and none is billed"));
                }
            });
        }
    }

    private void alreadyBilled(List<OtherService> others, List<BillingLine> lines, List<Refusal> refusals) {
        for (OtherService service : others) {
            List<BillingLine> duplicates = lines.stream().filter(line -> line.code().equals(service.code())).toList();
            if (!duplicates.isEmpty()) {
                lines.removeAll(duplicates);
                refusals.add(new Refusal(duplicates.get(0).program(), service.code() + " was already billed on "
                        + service.date() + " by " + service.billingPractitioner() + "; a care-management code is billed once a month"));
                addOnsWithoutBase(lines, refusals);
            }
        }
    }

    private static void transitionalCareTwiceIn30Days(List<OtherService> services, List<Refusal> refusals) {
        List<OtherService> tcm = services.stream().filter(s -> TCM_CODES.contains(s.code()) && s.date() != null)
                .sorted(java.util.Comparator.comparing(OtherService::date)).toList();
        for (int i = 1; i < tcm.size(); i++) {
            OtherService earlier = tcm.get(i - 1);
            OtherService later = tcm.get(i);
            if (ChronoUnit.DAYS.between(earlier.date(), later.date()) < 30) {
                refusals.add(new Refusal(CareProgram.TCM, "transitional care " + later.code() + " on " + later.date()
                        + " is within 30 days of " + earlier.code() + " on " + earlier.date() + "; only one is payable"));
            }
        }
    }
}
