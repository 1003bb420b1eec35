package org.careloop.medication;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.careloop.audit.AuditAction;
import org.careloop.identity.Practices;
import org.careloop.medication.MedicationList.ListedMedication;
import org.careloop.medication.internal.DrugClassTable;
import org.careloop.medication.internal.DrugClasses;
import org.careloop.medication.internal.DuplicateTherapy;
import org.careloop.medication.internal.RefillsDue;
import org.careloop.medication.internal.StoredLists;
import org.careloop.patient.ClinicalRecord;
import org.careloop.patient.MedicationSupply;
import org.careloop.patient.PatientAccess;
import org.careloop.patient.PatientGate;
import org.careloop.patient.PatientMedication;
import org.springframework.stereotype.Service;

/**
 * A patient's medication lists as the care team reads them: the current list with its warnings, and every signed
 * list. The current list is the last signed list without the medications a clinician stopped, plus the EHR's active
 * prescriptions no list reviewed yet; before the first reconciliation it is the EHR's active prescriptions. Every
 * read passes the patient gate (another practice's patient is not found) and is audited.
 */
@Service
public class MedicationLists {

    static final String RESOURCE = "MedicationList";

    private final StoredLists lists;
    private final ClinicalRecord clinicalRecord;
    private final PatientGate gate;
    private final DrugClasses drugClasses;
    private final Practices practices;
    private final Clock clock;

    MedicationLists(StoredLists lists, ClinicalRecord clinicalRecord, PatientGate gate, DrugClasses drugClasses,
                    Practices practices, Clock clock) {
        this.lists = lists;
        this.clinicalRecord = clinicalRecord;
        this.gate = gate;
        this.drugClasses = drugClasses;
        this.practices = practices;
        this.clock = clock;
    }

    /** The current list with the duplicate-therapy and refill warnings on what the patient takes. */
    public CurrentMedications current(UUID patientId) {
        return current(gate.open(patientId, AuditAction.READ, RESOURCE));
    }

    /** Every signed list of the patient, newest (current) first. */
    public List<MedicationList> history(UUID patientId) {
        gate.open(patientId, AuditAction.READ, RESOURCE);
        return lists.ofPatient(patientId);
    }

    /** The ingredient names of the class table, for suggestions when a medication is typed. */
    public List<String> knownIngredients() {
        return drugClasses.table().ingredientNames();
    }

    CurrentMedications current(PatientAccess access) {
        UUID patientId = access.patientId();
        DrugClassTable table = drugClasses.table();
        List<PatientMedication> imported = clinicalRecord.medications(patientId);
        Map<UUID, PatientMedication> prescriptions = imported.stream()
                .collect(Collectors.toMap(PatientMedication::id, Function.identity()));
        Optional<MedicationList> latest = lists.latest(patientId);
        List<CurrentMedication> medications = new ArrayList<>();
        latest.ifPresent(list -> list.medications().stream()
                .filter(m -> m.answer() != PatientAnswer.STOPPED_BY_CLINICIAN)
                .forEach(m -> medications.add(carried(m, list.reconciledOn(), prescriptions, table))));
        Set<UUID> reviewed = latest.isEmpty() ? Set.of() : lists.reviewedPrescriptions(patientId);
        imported.stream().filter(m -> "active".equals(m.status() == null ? null : m.status().toLowerCase(Locale.ROOT)))
                .filter(m -> !reviewed.contains(m.id()))
                .sorted(Comparator.comparing((PatientMedication m) -> m.display() == null ? "" : m.display(),
                        String.CASE_INSENSITIVE_ORDER))
                .forEach(m -> medications.add(new CurrentMedication(m.id(), MedicationOrigin.EHR, m.id(), m.rxnormCode(),
                        m.display() == null ? "(unnamed medication)" : m.display(), m.dose(), m.authoredAt(), true,
                        null, null, List.of(), null, classNames(table, m.rxnormCode(), m.display()))));
        List<CurrentMedication> taking = medications.stream().filter(CurrentMedication::taking).toList();
        List<MedicationWarning> warnings = new ArrayList<>(new DuplicateTherapy(table).warnings(taking));
        if (taking.stream().anyMatch(m -> m.importedMedicationId() != null)) {
            Map<UUID, MedicationSupply> supplies = clinicalRecord.medicationSupplies(patientId).stream()
                    .collect(Collectors.toMap(MedicationSupply::medicationId, Function.identity()));
            warnings.addAll(new RefillsDue().warnings(taking, supplies, today(access)));
        }
        return new CurrentMedications(patientId, latest.map(MedicationList::number).orElse(0),
                latest.map(MedicationList::reconciledOn).orElse(null), latest.map(MedicationLists::signer).orElse(null),
                medications, warnings, table.table() + " " + table.version());
    }

    LocalDate today(PatientAccess access) {
        return LocalDate.now(clock.withZone(practices.zoneOf(access.practiceId())));
    }

    DrugClassTable table() {
        return drugClasses.table();
    }

    private static CurrentMedication carried(ListedMedication m, LocalDate reviewedOn,
                                             Map<UUID, PatientMedication> prescriptions, DrugClassTable table) {
        PatientMedication prescription = m.importedMedicationId() == null ? null
                : prescriptions.get(m.importedMedicationId());
        return new CurrentMedication(m.id(), m.origin(), m.importedMedicationId(), m.rxnormCode(), m.name(), m.dose(),
                prescription == null ? null : prescription.authoredAt(), m.taking(), m.answer(),
                m.newlyReported() ? m.note() : m.reason(), m.barriers(), reviewedOn,
                classNames(table, m.rxnormCode(), m.name()));
    }

    private static List<String> classNames(DrugClassTable table, String rxnormCode, String name) {
        return table.classesOf(rxnormCode, name).stream().map(DrugClassTable.DrugClass::name).toList();
    }

    private static String signer(MedicationList list) {
        return list.signedByName() + (list.signedByCredential() == null ? "" : ", " + list.signedByCredential());
    }
}
