package org.careloop.fhir.importing;

import java.util.Map;
import java.util.Set;

/**
 * Which resource types an import keeps, and why the others are left out. CareLoop keeps what a care manager
 * works with (the patient, problems, medicines, allergies, immunizations, visits, measurements, care plans and
 * teams, clinical notes and other documents, and the directory of who treated the patient where); the reasons are
 * reported back to the sender.
 */
final class KeptResources {

    static final Set<String> PATIENT_RECORD = Set.of("Patient", "Condition", "AllergyIntolerance", "MedicationRequest",
            "MedicationStatement", "Immunization", "Procedure", "Observation", "Encounter", "CareTeam", "CarePlan",
            "Goal", "QuestionnaireResponse", "FamilyMemberHistory");
    static final Set<String> DIRECTORY = Set.of("Practitioner", "PractitionerRole", "Organization", "Location");
    /** Kept with the chart as documents, one per attachment the bundle carries the content of. */
    static final Set<String> DOCUMENTS = Set.of("DocumentReference");
    /** Read only to complete the records that name them. */
    static final Set<String> FOLDED = Set.of("Medication");

    private static final Map<String, String> REASONS = Map.of(
            "Medication", "its code is kept on the medication order or statement that names it",
            "Claim", "billing is worked out from CareLoop's own care records, not from the EHR's claims",
            "ExplanationOfBenefit", "billing is worked out from CareLoop's own care records, not from payers' decisions",
            "DiagnosticReport", "the results it groups arrive as Observations, which are kept",
            "DocumentReference", "its attachments are only links (or it was entered in error); CareLoop keeps the "
                    + "documents whose content the bundle carries",
            "Provenance", "CareLoop records the import in its own audit trail",
            "MedicationAdministration", "doses given in clinic are not part of the medication list a care manager reviews",
            "Device", "a Device names the registered device a feed's Observations came from; devices are registered in CareLoop",
            "ImagingStudy", "imaging is not tracked by CareLoop; its findings arrive as Conditions and Observations",
            "SupplyDelivery", "supply deliveries are not tracked by CareLoop");

    private KeptResources() {
    }

    static boolean parsed(String type) {
        return PATIENT_RECORD.contains(type) || DIRECTORY.contains(type) || FOLDED.contains(type)
                || DOCUMENTS.contains(type);
    }

    static boolean stored(String type) {
        return PATIENT_RECORD.contains(type) || DIRECTORY.contains(type) || DOCUMENTS.contains(type);
    }

    static String whyNotKept(String type) {
        return REASONS.getOrDefault(type, "CareLoop does not keep " + type + " resources");
    }
}
