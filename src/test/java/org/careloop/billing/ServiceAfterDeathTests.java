package org.careloop.billing;

import java.time.LocalDate;

import org.careloop.program.CareProgram;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careloop.billing.PatientMonths.october2026;

/**
 * Billing follows the service dates: care given on or before the day the patient died counts, care logged after it
 * does not, and the statement says so with the date.
 */
class ServiceAfterDeathTests {

    final BillingEngine engine = new BillingEngine(BillingSettings.conservative());

    @Test
    void timeOnTheDayOfDeathCounts() {
        BillingResult result = engine.evaluate(october2026().enrolled(CareProgram.CCM).diedOn(LocalDate.of(2026, 10, 12))
                .minutesOn(LocalDate.of(2026, 10, 5), 10, CareProgram.CCM)
                .minutesOn(LocalDate.of(2026, 10, 12), 10, CareProgram.CCM).build());

        assertThat(BillingEngineTests.codes(result)).isEqualTo("99490");
    }

    @Test
    void timeTheDayAfterTheDeathDoesNotCountAndTheStatementSaysWhy() {
        BillingResult result = engine.evaluate(october2026().enrolled(CareProgram.CCM).diedOn(LocalDate.of(2026, 10, 12))
                .minutesOn(LocalDate.of(2026, 10, 12), 10, CareProgram.CCM)
                .minutesOn(LocalDate.of(2026, 10, 13), 10, CareProgram.CCM).build());

        assertThat(result.lines()).isEmpty();
        assertThat(result.notBillable()).singleElement().satisfies(refusal -> assertThat(refusal.reason())
                .startsWith("10 min of clinical staff time")
                .contains("10 min of service after the patient's death on 2026-10-12 do not count"));
    }

    @Test
    void aBilledMonthStillNamesTheMinutesAfterTheDeath() {
        BillingResult result = engine.evaluate(october2026().enrolled(CareProgram.CCM).diedOn(LocalDate.of(2026, 10, 20))
                .minutesOn(LocalDate.of(2026, 10, 3), 25, CareProgram.CCM)
                .minutesOn(LocalDate.of(2026, 10, 21), 30, CareProgram.CCM).build());

        assertThat(BillingEngineTests.codes(result)).isEqualTo("99490");
        assertThat(result.lines().get(0).explanation())
                .contains("30 min of service after the patient's death on 2026-10-20 do not count");
    }

    @Test
    void aMonthWhollyAfterTheDeathIsRefusedNamingTheDeath() {
        BillingResult result = engine.evaluate(october2026().enrolled(CareProgram.CCM).diedOn(LocalDate.of(2026, 9, 28))
                .minutesOn(LocalDate.of(2026, 10, 3), 25, CareProgram.CCM).build());

        assertThat(result.lines()).isEmpty();
        assertThat(result.notBillable()).singleElement().satisfies(refusal -> assertThat(refusal.reason())
                .isEqualTo("the patient died on 2026-09-28, before 2026-10: no service after the patient's death is billable"));
    }
}
