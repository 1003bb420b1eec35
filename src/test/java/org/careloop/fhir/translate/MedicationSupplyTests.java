package org.careloop.fhir.translate;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.careloop.patient.ImportedClinicalRecords.Supply;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What a prescription's dispenseRequest says about the supply is kept, in days, from the day it starts. */
class MedicationSupplyTests {

    @Test
    void theExpectedSupplyTheRefillsAndTheValidityStartAreKept() {
        MedicationRequest order = order("2026-10-01T09:30:00Z");
        order.getDispenseRequest().setNumberOfRepeatsAllowed(2)
                .setValidityPeriod(new Period().setStartElement(new DateTimeType("2026-10-03")))
                .setQuantity((org.hl7.fhir.r4.model.SimpleQuantity) new org.hl7.fhir.r4.model.SimpleQuantity()
                        .setValue(60).setUnit("tablet"))
                .setExpectedSupplyDuration(duration(30, "d"));

        assertThat(MedicationTranslator.supply(order))
                .isEqualTo(new Supply(LocalDate.of(2026, 10, 3), 30, BigDecimal.valueOf(60), "tablet", 2));
    }

    @Test
    void withoutAValidityPeriodTheSupplyStartsTheDayThePrescriptionWasWrittenAndTheInitialFillGivesTheDays() {
        MedicationRequest order = order("2026-10-01T23:30:00-04:00");
        order.getDispenseRequest().getInitialFill().setDuration(duration(2, "wk"));

        assertThat(MedicationTranslator.supply(order)).isEqualTo(new Supply(LocalDate.of(2026, 10, 1), 14, null, null, 0));
    }

    @ParameterizedTest(name = "{0} {1} is {2} days")
    @CsvSource({"90, d, 90", "4, wk, 28", "3, mo, 90", "1, a, 365", "36, h, 2", "0, d, ", "11, a, ", "5, mg, "})
    void aSupplyDurationIsCountedInWholeDays(int value, String unit, Integer days) {
        MedicationRequest order = order("2026-10-01");
        order.getDispenseRequest().setExpectedSupplyDuration(duration(value, unit))
                .setQuantity((org.hl7.fhir.r4.model.SimpleQuantity) new org.hl7.fhir.r4.model.SimpleQuantity().setValue(30));

        assertThat(MedicationTranslator.supply(order).daysSupply()).isEqualTo(days);
    }

    @Test
    void anOrderSayingNothingAboutTheSupplyKeepsNone() {
        assertThat(MedicationTranslator.supply(order("2026-10-01"))).isNull();
        MedicationRequest refillsOnly = order("2026-10-01");
        refillsOnly.getDispenseRequest().setNumberOfRepeatsAllowed(3);
        assertThat(MedicationTranslator.supply(refillsOnly)).isNull();
    }

    private static MedicationRequest order(String authoredOn) {
        return new MedicationRequest().setAuthoredOnElement(new DateTimeType(authoredOn));
    }

    private static Duration duration(int value, String code) {
        return (Duration) new Duration().setValue(value).setSystem("http://unitsofmeasure.org").setCode(code);
    }
}
