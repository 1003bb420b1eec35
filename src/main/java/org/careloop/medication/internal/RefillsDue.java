package org.careloop.medication.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.careloop.medication.CurrentMedication;
import org.careloop.medication.MedicationWarning;
import org.careloop.patient.MedicationSupply;

/**
 * Refills due, from what the EHR's prescriptions say about their supply (days one fill lasts, refills allowed, the
 * day the supply starts). A patient who runs out of a chronic medication stops taking it without telling anyone, and
 * running out is the most common reason a heart-failure or blood-pressure regimen fails between visits. CareLoop
 * receives no pharmacy dispense records, so the supply counts as if every refill allowed was collected on time: the
 * last day covered is the start plus the days of all fills. A supply that ran out is due; one that runs out within
 * {@value #DAYS_AHEAD} days is due soon. Pure: the same list, supplies and day give the same warnings.
 */
public final class RefillsDue {

    public static final String CHECK = "RefillsDue";
    public static final String RAN_OUT = "SUPPLY_RAN_OUT";
    public static final String RUNS_OUT_SOON = "SUPPLY_RUNS_OUT_SOON";
    /** A week's notice leaves time for the pharmacy and a prior authorization before the last tablet. */
    static final int DAYS_AHEAD = 7;
    static final String SOURCE = "The EHR's prescription (MedicationRequest.dispenseRequest: days supply and refills "
            + "allowed); CareLoop receives no pharmacy dispense records, so every refill counts as collected on time";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);

    /** Warnings for the medications the patient takes whose prescription's supply ran out or runs out soon. */
    public List<MedicationWarning> warnings(List<CurrentMedication> taking, Map<UUID, MedicationSupply> supplies,
                                            LocalDate today) {
        record Due(CurrentMedication medication, MedicationSupply supply, LocalDate runsOutOn) {
        }
        List<Due> due = new ArrayList<>();
        for (CurrentMedication medication : taking) {
            MedicationSupply supply = medication.importedMedicationId() == null ? null
                    : supplies.get(medication.importedMedicationId());
            if (supply == null) {
                continue;
            }
            LocalDate runsOutOn = supply.startsOn().plusDays((long) supply.daysSupply() * (1 + supply.refillsAllowed()));
            if (!runsOutOn.isAfter(today.plusDays(DAYS_AHEAD))) {
                due.add(new Due(medication, supply, runsOutOn));
            }
        }
        due.sort(Comparator.comparing(Due::runsOutOn));
        return due.stream().map(d -> warning(d.medication(), d.supply(), d.runsOutOn(), today)).toList();
    }

    private static MedicationWarning warning(CurrentMedication medication, MedicationSupply supply, LocalDate runsOutOn,
                                             LocalDate today) {
        boolean ranOut = !runsOutOn.isAfter(today);
        String covered = "the prescription of " + DAY.format(supply.startsOn()) + " was for " + days(supply.daysSupply())
                + (supply.refillsAllowed() == 0 ? " with no refills"
                : " with " + supply.refillsAllowed() + (supply.refillsAllowed() == 1 ? " refill" : " refills") + " ("
                + days(supply.daysSupply() * (1 + supply.refillsAllowed())) + " if each was collected on time)");
        String message = ranOut
                ? "Refill due since " + DAY.format(runsOutOn) + ": " + medication.name() + " — " + covered
                  + ", which ran out on " + DAY.format(runsOutOn) + ". Ask whether the patient still has some and "
                  + "how they take it; if they are out, ask the prescriber for a new prescription today."
                : "Refill due by " + DAY.format(runsOutOn) + ": " + medication.name() + " — " + covered
                  + ", which runs out on " + DAY.format(runsOutOn) + ". Remind the patient to ask the pharmacy or "
                  + "the prescriber in time.";
        return new MedicationWarning(CHECK, ranOut ? RAN_OUT : RUNS_OUT_SOON, ranOut ? "Refill due" : "Refill due soon",
                message, SOURCE, List.of(medication.id()));
    }

    private static String days(int days) {
        return days == 1 ? "1 day" : days + " days";
    }
}
