package org.careloop.patient;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.careloop.NotFound;
import org.careloop.audit.AuditAction;
import org.careloop.audit.AuditOutcome;
import org.careloop.audit.PatientDataAccess;
import org.springframework.stereotype.Service;

/**
 * A patient's clinical record as received from their EHRs: problem list, allergies, medications, immunizations,
 * procedures, family history, encounters and observations. Each read is scoped to the caller's practices (a
 * patient of another practice is {@link NotFound}) and leaves a READ audit event naming the patient.
 */
@Service
public class ClinicalRecord {

    private final ClinicalEntries entries;
    private final PatientRegistry registry;
    private final PatientGate gate;

    ClinicalRecord(ClinicalEntries entries, PatientRegistry registry, PatientGate gate) {
        this.entries = entries;
        this.registry = registry;
        this.gate = gate;
    }

    /** The problem list, newest onset first, active and resolved. */
    public List<PatientProblem> problems(UUID patient) {
        return read(patient, "Condition", entries::problems);
    }

    public List<PatientAllergy> allergies(UUID patient) {
        return read(patient, "AllergyIntolerance", entries::allergies);
    }

    public List<PatientMedication> medications(UUID patient) {
        return read(patient, "MedicationRequest", entries::medications);
    }

    /** The supply each prescription ordered, for the prescriptions whose EHR said how many days a fill lasts. */
    public List<MedicationSupply> medicationSupplies(UUID patient) {
        return read(patient, "MedicationRequest", entries::medicationSupplies);
    }

    public List<PatientImmunization> immunizations(UUID patient) {
        return read(patient, "Immunization", entries::immunizations);
    }

    public List<PatientProcedure> procedures(UUID patient) {
        return read(patient, "Procedure", entries::procedures);
    }

    public List<PatientFamilyHistory> familyHistory(UUID patient) {
        return read(patient, "FamilyMemberHistory", entries::familyHistory);
    }

    /** Encounters, most recent first. */
    public List<PatientEncounter> encounters(UUID patient) {
        return read(patient, "Encounter", entries::encounters);
    }

    /** The members of the care teams the EHRs sent, newest team first, each team's members in the EHR's order. */
    public List<EhrCareTeamMember> careTeamMembers(UUID patient) {
        return read(patient, "CareTeam", entries::careTeamMembers);
    }

    /** Observations newest first with their components; {@code code} (such as LOINC 4548-4) may be null for all. */
    public List<PatientObservation> observations(UUID patient, String code) {
        String wanted = code == null || code.isBlank() ? null : code.trim();
        return read(patient, "Observation", id -> entries.observations(id, wanted));
    }

    /**
     * The registry entry and the whole clinical record at once (FHIR's {@code $everything}): audited as the read
     * of the patient plus one read of the whole chart, which says how much was disclosed.
     */
    public PatientChart chart(UUID patient) {
        PatientRecord record = registry.find(patient);
        PatientChart chart = new PatientChart(record, entries.problems(patient), entries.allergies(patient),
                entries.medications(patient), entries.immunizations(patient), entries.procedures(patient),
                entries.familyHistory(patient), entries.encounters(patient), entries.observations(patient, null));
        gate.record(new PatientDataAccess(AuditAction.READ, record.practiceId(), patient, "Chart", null,
                AuditOutcome.SUCCESS, chart.problems().size() + " problems, " + chart.encounters().size()
                        + " encounters, " + chart.observations().size() + " observations and the rest of the record"));
        return chart;
    }

    private <T> List<T> read(UUID patient, String resourceType, Function<UUID, List<T>> rows) {
        UUID practice = gate.enter(patient, AuditAction.READ, resourceType, null).practiceId();
        List<T> found = rows.apply(patient);
        gate.record(new PatientDataAccess(AuditAction.READ, practice, patient, resourceType, null,
                AuditOutcome.SUCCESS, found.size() + " entries"));
        return found;
    }
}
