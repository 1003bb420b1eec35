package org.careloop.billing;

import java.time.YearMonth;

import org.careloop.program.CareProgram;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The worklist's "N min to CODE" follows the same rules the billing engine bills by. */
class ThresholdsTests {

    final Thresholds thresholds = new Thresholds(BillingSettings.conservative());

    @ParameterizedTest(name = "{0} {1} min in {2} -> {3}")
    @CsvSource({"CCM,14,2026-10,99490:6", "CCM,20,2026-10,99439:20", "CCM,45,2026-10,99439:15", "CCM,60,2026-10,none",
            "PCM,95,2026-10,none", "BHI,20,2026-10,none",
            "RPM,4,2026-10,99470:6", "RPM,12,2026-10,99457:8", "RPM,12,2025-10,99457:8", "RPM,85,2026-10,99458:15"})
    void nextThresholdMatchesTheBillingRules(CareProgram program, int minutes, String month, String expected) {
        String next = thresholds.next(program, YearMonth.parse(month), minutes)
                .map(t -> t.code() + ":" + t.minutesShort()).orElse("none");
        assertThat(next).isEqualTo(expected);
    }
}
