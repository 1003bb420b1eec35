package org.careloop.patient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The parts of a patient's clinical record as an EHR sent them. Every record carries its {@code sourceKey} (its
 * identity at the source); {@code encounterKey} is the source key of the visit it was recorded in, if any.
 * Practitioner, organization and location ids are directory ids. A coded entry names its code (the one CareLoop
 * shows and files by: SNOMED CT for problems, LOINC for results, CVX for vaccines when the source sent one) and
 * {@code codings}, every coding the source sent, in its order.
 */
public final class ImportedClinicalRecords {

    private ImportedClinicalRecords() {
    }

    public record ImportedCondition(String sourceKey, String codeSystem, String code, String display, String category,
                                    String clinicalStatus, String verificationStatus, OffsetDateTime onsetAt,
                                    OffsetDateTime abatedAt, LocalDate recordedOn, String encounterKey,
                                    List<ClinicalCoding> codings) {
        public ImportedCondition {
            codings = List.copyOf(codings);
        }
    }

    public record ImportedAllergy(String sourceKey, String codeSystem, String code, String display, String category,
                                  String criticality, String clinicalStatus, String reaction, LocalDate recordedOn) {
    }

    /**
     * A prescription (MedicationRequest) or a patient's own report of taking a medicine (MedicationStatement);
     * {@code supply} is what a prescription says about its supply, null when it says nothing.
     */
    public record ImportedMedication(String sourceKey, String sourceType, String rxnormCode, String display, String dose,
                                     String status, String intent, OffsetDateTime authoredAt, UUID prescriberId,
                                     String reasonCode, String encounterKey, Supply supply) {
    }

    /**
     * A prescription's supply (FHIR dispenseRequest): from which day, how many days one fill lasts, how much one fill
     * is, and how many refills the prescriber allowed (0 when not said). {@code daysSupply} may be null when only a
     * quantity was given.
     */
    public record Supply(LocalDate startsOn, Integer daysSupply, BigDecimal quantity, String unit, int refillsAllowed) {
    }

    public record ImportedImmunization(String sourceKey, String cvxCode, String display, String status,
                                       OffsetDateTime occurredAt, String encounterKey, List<ClinicalCoding> codings) {
        public ImportedImmunization {
            codings = List.copyOf(codings);
        }
    }

    public record ImportedProcedure(String sourceKey, String codeSystem, String code, String display, String status,
                                    OffsetDateTime performedStart, OffsetDateTime performedEnd, String reasonCode,
                                    String encounterKey, List<ClinicalCoding> codings) {
        public ImportedProcedure {
            codings = List.copyOf(codings);
        }
    }

    public record ImportedFamilyHistory(String sourceKey, String relationship, String conditionCode,
                                        String conditionSystem, String conditionDisplay, String status) {
    }

    public record ImportedEncounter(String sourceKey, String status, String classCode, String typeSystem,
                                    String typeCode, String typeDisplay, OffsetDateTime periodStart,
                                    OffsetDateTime periodEnd, String reasonCode, String reasonDisplay,
                                    UUID practitionerId, UUID organizationId, UUID locationId) {
    }

    /** A measurement or finding; panels such as blood pressure carry their parts as components. */
    public record ImportedObservation(String sourceKey, String status, String category, String codeSystem, String code,
                                      String display, Value value, OffsetDateTime effectiveAt, String encounterKey,
                                      List<Component> components, List<ClinicalCoding> codings) {
        public ImportedObservation {
            components = List.copyOf(components);
            codings = List.copyOf(codings);
        }
    }

    public record Component(String codeSystem, String code, String display, Value value) {
    }

    /** A quantity with its unit, a coded answer, or free text; any may be null. */
    public record Value(BigDecimal quantity, String unit, String code, String text) {
        public static final Value NONE = new Value(null, null, null, null);
    }

    /** A care team the EHR recorded; {@code participantsJson} lists members and roles as a JSON array. */
    public record ImportedCareTeam(String sourceKey, String status, String name, OffsetDateTime periodStart,
                                   OffsetDateTime periodEnd, String reasonCode, String reasonDisplay,
                                   UUID managingOrganizationId, String encounterKey, String participantsJson) {
    }

    /** A care plan from the EHR; {@code addressesJson} names the conditions it addresses, {@code activitiesJson} its activities. */
    public record ImportedCarePlan(String sourceKey, String status, String intent, String categoryCode,
                                   String categoryDisplay, String title, OffsetDateTime periodStart,
                                   OffsetDateTime periodEnd, String encounterKey, List<String> careTeamKeys,
                                   String addressesJson, String activitiesJson) {
        public ImportedCarePlan {
            careTeamKeys = List.copyOf(careTeamKeys);
        }
    }

    public record ImportedGoal(String sourceKey, String lifecycleStatus, String achievementStatus, String description,
                               LocalDate startOn, LocalDate dueOn, String addressesJson, String targetsJson) {
    }

    /** Answers to a questionnaire (a PHQ-9, a PRAPARE screening); {@code itemsJson} holds the answers. */
    public record ImportedQuestionnaireResponse(String sourceKey, String questionnaire, String status,
                                                OffsetDateTime authoredAt, String encounterKey, String itemsJson) {
    }
}
