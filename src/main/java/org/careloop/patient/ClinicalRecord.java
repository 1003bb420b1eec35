package org.careloop.patient;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.careloop.NotFound;
import org.careloop.audit.AuditAction;
import org.careloop.audit.AuditChannel;
import org.careloop.audit.AuditOutcome;
import org.careloop.audit.AuditTrail;
import org.careloop.audit.PatientDataAccess;
import org.careloop.identity.Callers;
import org.springframework.stereotype.Service;

/**
 * A patient's clinical record as received from their EHRs: problem list, allergies, medications, immunizations,
 * procedures, family history, encounters and observations. Each read is scoped to the caller's practices (a
 * patient of another practice is {@link NotFound}) and leaves a READ audit event naming the patient.
 */
@Service
public class ClinicalRecord {

    private final ClinicalEntries entries;
    private final Patients patients;
    private final PatientRegistry registry;
    private final Callers callers;
    private final AuditTrail audit;

    ClinicalRecord(ClinicalEntries entries, Patients patients, PatientRegistry registry, Callers callers,
                   AuditTrail audit) {
        this.entries = entries;
        this.patients = patients;
        this.registry = registry;
        this.callers = callers;
        this.audit = audit;
    }

    /** The problem list, newest onset first, active and resolved. */
    public List<PatientProblem> problems(UUID patient, AuditChannel channel) {
        return read(patient, channel, "Condition", entries::problems);
    }

    public List<PatientAllergy> allergies(UUID patient, AuditChannel channel) {
        return read(patient, channel, "AllergyIntolerance", entries::allergies);
    }

    public List<PatientMedication> medications(UUID patient, AuditChannel channel) {
        return read(patient, channel, "MedicationRequest", entries::medications);
    }

    public List<PatientImmunization> immunizations(UUID patient, AuditChannel channel) {
        return read(patient, channel, "Immunization", entries::immunizations);
    }

    public List<PatientProcedure> procedures(UUID patient, AuditChannel channel) {
        return read(patient, channel, "Procedure", entries::procedures);
    }

    public List<PatientFamilyHistory> familyHistory(UUID patient, AuditChannel channel) {
        return read(patient, channel, "FamilyMemberHistory", entries::familyHistory);
    }

    /** Encounters, most recent first. */
    public List<PatientEncounter> encounters(UUID patient, AuditChannel channel) {
        return read(patient, channel, "Encounter", entries::encounters);
    }

    /** Observations newest first with their components; {@code code} (such as LOINC 4548-4) may be null for all. */
    public List<PatientObservation> observations(UUID patient, String code, AuditChannel channel) {
        String wanted = code == null || code.isBlank() ? null : code.trim();
        return read(patient, channel, "Observation", id -> entries.observations(id, wanted));
    }

    /**
     * The registry entry and the whole clinical record at once (FHIR's {@code $everything}): audited as the read
     * of the patient plus one read of the whole chart, which says how much was disclosed.
     */
    public PatientChart chart(UUID patient, AuditChannel channel) {
        PatientRecord record = registry.find(patient, channel);
        PatientChart chart = new PatientChart(record, entries.problems(patient), entries.allergies(patient),
                entries.medications(patient), entries.immunizations(patient), entries.procedures(patient),
                entries.familyHistory(patient), entries.encounters(patient), entries.observations(patient, null));
        audit.record(new PatientDataAccess(AuditAction.READ, channel, record.practiceId(), patient, "Chart", null,
                AuditOutcome.SUCCESS, chart.problems().size() + " problems, " + chart.encounters().size()
                        + " encounters, " + chart.observations().size() + " observations and the rest of the record"));
        return chart;
    }

    private <T> List<T> read(UUID patient, AuditChannel channel, String resourceType, Function<UUID, List<T>> rows) {
        PatientDataAccess access = PatientDataAccess.of(AuditAction.READ, channel, null, patient, resourceType, null);
        UUID practice = patients.practiceOf(patient, callers.current().practiceArray()).orElse(null);
        if (practice == null) {
            audit.record(access.withOutcome(AuditOutcome.NOT_FOUND, "no such patient in the caller's practices"));
            throw new NotFound("No patient " + patient);
        }
        List<T> found = rows.apply(patient);
        audit.record(new PatientDataAccess(AuditAction.READ, channel, practice, patient, resourceType, null,
                AuditOutcome.SUCCESS, found.size() + " entries"));
        return found;
    }
}
