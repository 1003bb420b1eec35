package org.careloop.billing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.careloop.program.CareProgram;
import org.careloop.transition.MedicalDecisionMaking;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The billing rules as data ({@code billing/rules.json}), each keyed by the date it took effect, so a past
 * month is evaluated under the rules of its time and next year's fee schedule is a data change.
 */
public final class RuleBook {

    /** A time-based code: its family, whether it is the base or an add-on, its minutes and unit cap. */
    public record CodeRule(String code, CareProgram program, String family, Kind kind, int minutes, Integer maxUnits,
                           String unitCapSetting, LocalDate from, LocalDate to, double rate, String describes) {
    }

    public enum Kind { BASE, ADD_ON }

    public record DeviceSupplyRule(String code, int minDays, int maxDays, LocalDate from, LocalDate to, double rate,
                                   String describes) {
    }

    public record DeviceSetupRule(String code, LocalDate from, LocalDate to, double rate, String describes) {
    }

    public record ApcmRule(String code, int level, int minChronicConditions, boolean qmbRequired, LocalDate from,
                           LocalDate to, double rate) {
    }

    /**
     * A transitional care code: the least medical decision making it needs and the last day after the discharge its
     * face-to-face visit may fall on.
     */
    public record TransitionalCareRule(String code, MedicalDecisionMaking decisionMaking, int visitWithinDays,
                                       LocalDate from, LocalDate to, double rate, String describes) {
    }

    /** Program {@code program} is not billed in a month in which {@code with} is billed. */
    public record ProgramExclusion(CareProgram program, CareProgram with, boolean samePractitionerOnly, LocalDate from,
                                   LocalDate to, String reason) {
    }

    /** Program {@code program} is not billed in a month in which one of {@code codes} is billed elsewhere. */
    public record ServiceExclusion(CareProgram program, List<String> codes, boolean samePractitionerOnly, LocalDate from,
                                   LocalDate to, String setting, String reason) {
    }

    /** An add-on billed elsewhere that is payable only beside one of its base codes. */
    public record AddOnBase(String addOn, List<String> base, LocalDate from, LocalDate to) {
    }

    record Data(List<CodeRule> codes, List<DeviceSupplyRule> deviceSupply, DeviceSetupRule deviceSetup,
                List<ApcmRule> apcm, List<ProgramExclusion> exclusions, List<ServiceExclusion> serviceExclusions,
                List<AddOnBase> addOnsNeedingBase, List<TransitionalCareRule> transitionalCare) {
    }

    private final Data data;

    private RuleBook(Data data) {
        this.data = data;
    }

    /** The rules CareLoop ships. */
    public static RuleBook standard() {
        try (InputStream in = RuleBook.class.getResourceAsStream("/billing/rules.json")) {
            JsonMapper mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
            return new RuleBook(mapper.readValue(in, Data.class));
        } catch (IOException e) {
            throw new UncheckedIOException("billing/rules.json cannot be read", e);
        }
    }

    /** The rules in force for a service month (those effective on its first day). */
    public MonthRules forMonth(YearMonth month) {
        LocalDate day = month.atDay(1);
        return new MonthRules(
                filter(data.codes(), rule -> inForce(rule.from(), rule.to(), day)),
                filter(data.deviceSupply(), rule -> inForce(rule.from(), rule.to(), day)),
                Optional.ofNullable(data.deviceSetup()).filter(rule -> inForce(rule.from(), rule.to(), day)),
                filter(data.apcm(), rule -> inForce(rule.from(), rule.to(), day)),
                filter(data.exclusions(), rule -> inForce(rule.from(), rule.to(), day)),
                filter(data.serviceExclusions(), rule -> inForce(rule.from(), rule.to(), day)),
                filter(data.addOnsNeedingBase(), rule -> inForce(rule.from(), rule.to(), day)),
                filter(data.transitionalCare(), rule -> inForce(rule.from(), rule.to(), day)));
    }

    private static boolean inForce(LocalDate from, LocalDate to, LocalDate day) {
        return !from.isAfter(day) && (to == null || !to.isBefore(day));
    }

    private static <T> List<T> filter(List<T> rules, Predicate<T> inForce) {
        return rules == null ? List.of() : rules.stream().filter(inForce).toList();
    }

    /** The rules of one service month. */
    public record MonthRules(List<CodeRule> codes, List<DeviceSupplyRule> deviceSupply,
                             Optional<DeviceSetupRule> deviceSetup, List<ApcmRule> apcm,
                             List<ProgramExclusion> exclusions, List<ServiceExclusion> serviceExclusions,
                             List<AddOnBase> addOnsNeedingBase, List<TransitionalCareRule> transitionalCare) {

        public Optional<CodeRule> base(String family) {
            return codes.stream().filter(c -> c.family().equals(family) && c.kind() == Kind.BASE).findFirst();
        }

        public Optional<CodeRule> addOn(String family) {
            return codes.stream().filter(c -> c.family().equals(family) && c.kind() == Kind.ADD_ON).findFirst();
        }

        public Optional<CodeRule> code(String code) {
            return codes.stream().filter(c -> c.code().equals(code)).findFirst();
        }
    }
}
