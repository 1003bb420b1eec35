package org.careloop.medication.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.medication.CurrentMedication;
import org.careloop.medication.MedicationOrigin;
import org.careloop.medication.MedicationWarning;
import org.careloop.patient.MedicationSupply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Refills due from what the EHR's prescriptions say about their supply. */
class RefillsDueTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    final RefillsDue check = new RefillsDue();

    @Test
    void aThirtyDaySupplyWithoutRefillsWrittenFortyDaysAgoRanOutTenDaysAgo() {
        CurrentMedication lisinopril = prescribed("lisinopril 10 MG Oral Tablet");
        List<MedicationWarning> warnings = check.warnings(List.of(lisinopril),
                Map.of(lisinopril.importedMedicationId(), supply(lisinopril, TODAY.minusDays(40), 30, 0)), TODAY);

        assertThat(warnings).singleElement().satisfies(warning -> {
            assertThat(warning.check()).isEqualTo("RefillsDue");
            assertThat(warning.rule()).isEqualTo("SUPPLY_RAN_OUT");
            assertThat(warning.message()).isEqualTo("Refill due since Nov 20, 2026: lisinopril 10 MG Oral Tablet — the "
                    + "prescription of Oct 21, 2026 was for 30 days with no refills, which ran out on Nov 20, 2026. Ask "
                    + "whether the patient still has some and how they take it; if they are out, ask the prescriber for "
                    + "a new prescription today.");
            assertThat(warning.source()).contains("dispenseRequest").contains("no pharmacy dispense records");
        });
    }

    @Test
    void refillsAllowedCountAsCollectedOnTime() {
        CurrentMedication entresto = prescribed("sacubitril 49 MG / valsartan 51 MG Oral Tablet");
        Map<UUID, MedicationSupply> supplies = Map.of(entresto.importedMedicationId(),
                supply(entresto, TODAY.minusDays(40), 30, 2));
        assertThat(check.warnings(List.of(entresto), supplies, TODAY)).isEmpty();

        assertThat(check.warnings(List.of(entresto), supplies, TODAY.plusDays(60))).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("with 2 refills (90 days if each was collected on time)")
                        .contains("ran out on Jan 19, 2027"));
    }

    @Test
    void aSupplyRunningOutWithinAWeekIsDueSoonAndOneRunningOutLaterIsNot() {
        CurrentMedication metformin = prescribed("24 HR Metformin hydrochloride 500 MG Extended Release Oral Tablet");
        assertThat(check.warnings(List.of(metformin), Map.of(metformin.importedMedicationId(),
                supply(metformin, TODAY.minusDays(23), 30, 0)), TODAY)).singleElement()
                .satisfies(w -> {
                    assertThat(w.rule()).isEqualTo("SUPPLY_RUNS_OUT_SOON");
                    assertThat(w.message()).startsWith("Refill due by Dec 7, 2026: 24 HR Metformin");
                });
        assertThat(check.warnings(List.of(metformin), Map.of(metformin.importedMedicationId(),
                supply(metformin, TODAY.minusDays(22), 30, 0)), TODAY)).isEmpty();
    }

    @Test
    void aMedicationWithoutSupplyDataOrReportedByThePatientIsNeverDue() {
        CurrentMedication reported = new CurrentMedication(UUID.randomUUID(), MedicationOrigin.PATIENT, null, null,
                "Vitamin D3", null, null, true, null, null, List.of(), null, List.of());
        assertThat(check.warnings(List.of(prescribed("aspirin 81 MG"), reported), Map.of(), TODAY)).isEmpty();
    }

    static CurrentMedication prescribed(String name) {
        return new CurrentMedication(UUID.randomUUID(), MedicationOrigin.EHR, UUID.randomUUID(), null, name, null,
                null, true, null, null, List.of(), null, List.of());
    }

    static MedicationSupply supply(CurrentMedication medication, LocalDate startsOn, int days, int refills) {
        return new MedicationSupply(medication.importedMedicationId(), startsOn, days, BigDecimal.valueOf(days),
                "tablet", refills);
    }
}
