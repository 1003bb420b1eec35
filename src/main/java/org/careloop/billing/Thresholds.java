package org.careloop.billing;

import java.time.YearMonth;
import java.util.Optional;

import org.careloop.billing.internal.RuleBook;
import org.springframework.stereotype.Service;

/**
 * The next minute threshold a patient-month can reach under the rules of that month ("6 min to 99490"), for the
 * worklist's progress bars. Clinical-staff families only: that is what care managers' time counts toward.
 */
@Service
public class Thresholds {

    /** The next code the month's minutes can earn, how far away it is, and the minutes it needs in all. */
    public record NextThreshold(String code, int minutesShort, int minutesNeeded) {
    }

    private final RuleBook rules = RuleBook.standard();
    private final BillingSettings settings;

    Thresholds(BillingSettings settings) {
        this.settings = settings;
    }

    public Optional<NextThreshold> next(String program, YearMonth month, int minutes) {
        RuleBook.MonthRules inForce = rules.forMonth(month);
        return switch (program) {
            case "CCM" -> family(inForce, "CCM_CLINICAL_STAFF", null, minutes);
            case "PCM" -> family(inForce, "PCM_CLINICAL_STAFF", settings.pcmAddOnCap(), minutes);
            case "BHI" -> family(inForce, "BHI_GENERAL", null, minutes);
            case "RPM" -> inForce.base("RPM_MANAGEMENT_SHORT")
                    .filter(shortCode -> minutes < shortCode.minutes())
                    .map(shortCode -> new NextThreshold(shortCode.code(), shortCode.minutes() - minutes, shortCode.minutes()))
                    .or(() -> family(inForce, "RPM_MANAGEMENT", 3, minutes));
            default -> Optional.empty();
        };
    }

    private static Optional<NextThreshold> family(RuleBook.MonthRules rules, String family, Integer capOverride, int minutes) {
        Optional<RuleBook.CodeRule> base = rules.base(family);
        if (base.isEmpty()) {
            return Optional.empty();
        }
        if (minutes < base.get().minutes()) {
            return Optional.of(new NextThreshold(base.get().code(), base.get().minutes() - minutes, base.get().minutes()));
        }
        return rules.addOn(family).flatMap(addOn -> {
            Integer cap = capOverride != null ? capOverride : addOn.maxUnits();
            int units = (minutes - base.get().minutes()) / addOn.minutes();
            if (cap != null && units >= cap) {
                return Optional.empty();
            }
            int needed = base.get().minutes() + (units + 1) * addOn.minutes();
            return Optional.of(new NextThreshold(addOn.code(), needed - minutes, needed));
        });
    }
}
