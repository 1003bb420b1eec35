package org.careloop.transition;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A hospital, an emergency department or a health information exchange told CareLoop about a stay of one of its
 * patients: an HL7 v2 ADT message matched to the patient, or a FHIR {@code Encounter} imported with the record. The
 * transition module decides what the notice means for the patient (a transition of care, an ED follow-up, history);
 * the feeds only report what they were told.
 *
 * @param notice               what the sender announced
 * @param encounterClass       where the patient was: admitted, kept for observation, or seen in the ED only
 * @param facility             the facility's name as the sender gives it ("Mercy General Hospital")
 * @param visitNumber          the sender's identifier of the stay (PV1-19, Encounter.identifier), so that an update
 *                             or a cancel finds the stay it amends; null when the sender gives none
 * @param admittedAt           when the stay began, if known
 * @param dischargedAt         when it ended; null while the patient is still there
 * @param diagnoses            the diagnoses the sender listed, in its order
 * @param dischargeDisposition where the patient went (HL7 table 0112 code or FHIR discharge-disposition code), or null
 * @param source               what carried the notice, for the trail ("ADT^A03 control id 20261130-0001",
 *                             "FHIR Encounter/1f2e…")
 */
public record HospitalEncounterReported(UUID patientId, UUID practiceId, Notice notice, EncounterClass encounterClass,
                                        String facility, String visitNumber, LocalDateTime admittedAt,
                                        LocalDateTime dischargedAt, List<Diagnosis> diagnoses,
                                        DischargeDisposition dischargeDisposition, String source, Instant receivedAt) {

    /** What the sender announced (ADT A01, A03, A04, A08, A11, A13; an imported Encounter is DISCHARGED when ended). */
    public enum Notice { ADMITTED, DISCHARGED, EMERGENCY_REGISTRATION, UPDATED, ADMISSION_CANCELLED, DISCHARGE_CANCELLED }

    /** Inpatient (PV1-2 I, FHIR IMP), observation (PV1-2 O with observation, FHIR OBSENC) or emergency (E, EMER). */
    public enum EncounterClass { INPATIENT, OBSERVATION, EMERGENCY }

    /** One diagnosis as sent: the coding system (ICD-10-CM, SNOMED CT …), the code and its words. */
    public record Diagnosis(String system, String code, String display) {
    }

    /**
     * Where the patient went. {@code system} is {@code HL7_0112} for a v2 code (01 home, 03 skilled nursing, 06 home
     * health, 20 expired …) or {@code FHIR} for http://terminology.hl7.org/CodeSystem/discharge-disposition (home,
     * snf, hosp, exp …).
     */
    public record DischargeDisposition(String system, String code, String display) {
    }
}
