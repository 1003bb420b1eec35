package org.careloop.billing;

import java.time.YearMonth;
import java.util.Optional;

import org.careloop.billing.internal.RuleBook;
import org.careloop.billing.internal.TimedFamily;
import org.careloop.program.CareProgram;
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

    public Optional<NextThreshold> next(CareProgram program, YearMonth month, int minutes) {
        RuleBook.MonthRules inForce = rules.forMonth(month);
        return switch (program) {
            case CCM -> next(inForce, "CCM_CLINICAL_STAFF", null, minutes);
            case PCM -> next(inForce, "PCM_CLINICAL_STAFF", settings.pcmAddOnCap(), minutes);
            case BHI -> next(inForce, "BHI_GENERAL", null, minutes);
            // from 2026, 99470 comes first at 10 minutes; then 99457 and its add-ons
            case RPM -> next(inForce, "RPM_MANAGEMENT_SHORT", null, minutes)
                    .filter(shortCode -> minutes < shortCode.minutesNeeded())
                    .or(() -> next(inForce, "RPM_MANAGEMENT", null, minutes));
            case APCM, TCM -> Optional.empty();
        };
    }

    private static Optional<NextThreshold> next(RuleBook.MonthRules inForce, String family, Integer capFromSettings,
                                                int minutes) {
        return TimedFamily.of(inForce, family, capFromSettings).flatMap(f -> f.next(minutes))
                .map(step -> new NextThreshold(step.code(), step.minutesShort(), step.minutesNeeded()));
    }
}
