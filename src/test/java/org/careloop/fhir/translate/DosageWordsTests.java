package org.careloop.fhir.translate;

import java.math.BigDecimal;

import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Timing;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Medication directions read like a pharmacy label, not like the FHIR elements they come from. */
class DosageWordsTests {

    @Test
    void synthesasOneTabletADayReadsAsALabel() {
        assertThat(DosageWords.of(dosage(1, null, 1, 1, "d"), "lisinopril 10 MG Oral Tablet"))
                .isEqualTo("1 tablet once a day").doesNotContain("times per");
    }

    @Test
    void puffsUnitsAndHoursAreSaidInWords() {
        assertThat(DosageWords.of(dosage(2, "{puff}", 2, 1, "d"), "Albuterol 0.09 MG/ACTUAT Metered Dose Inhaler"))
                .isEqualTo("2 puffs twice a day");
        Dosage bedtime = dosage(10, "U", 1, 1, "d");
        bedtime.getTiming().getRepeat().addWhen(Timing.EventTiming.HS);
        assertThat(DosageWords.of(bedtime, "insulin glargine 100 UNT/ML")).isEqualTo("10 units at bedtime");
        Dosage rescue = dosage(2, null, 1, 4, "h").setAsNeeded(new org.hl7.fhir.r4.model.BooleanType(true));
        assertThat(DosageWords.of(rescue, "Albuterol Inhaler")).isEqualTo("2 puffs every 4 hours as needed");
        assertThat(DosageWords.of(dosage(20, "mg", 3, 1, "d"), "Furosemide")).isEqualTo("20 mg three times a day");
    }

    @Test
    void theDosagesOwnTextWins() {
        assertThat(DosageWords.of(new Dosage().setText("Take with food"), "x")).isEqualTo("Take with food");
    }

    private static Dosage dosage(int amount, String unit, int times, int period, String periodUnit) {
        Dosage dosage = new Dosage();
        Quantity quantity = new Quantity().setValue(BigDecimal.valueOf(amount));
        if (unit != null) {
            quantity.setUnit(unit);
        }
        dosage.addDoseAndRate().setDose(quantity);
        dosage.getTiming().getRepeat().setFrequency(times).setPeriod(BigDecimal.valueOf(period))
                .setPeriodUnit(Timing.UnitsOfTime.fromCode(periodUnit));
        return dosage;
    }
}
