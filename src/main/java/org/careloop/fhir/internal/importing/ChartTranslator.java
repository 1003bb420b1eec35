package org.careloop.fhir.internal.importing;

import java.util.List;
import java.util.Map;

import org.careloop.patient.ImportedChart;
import org.careloop.patient.ImportedClinicalRecords.*;
import org.hl7.fhir.r4.model.*;

/**
 * Translates the clinical resources of a patient's record (problems, allergies, medicines, immunizations,
 * procedures, family history, visits, measurements) into the records CareLoop stores, one method per resource.
 */
final class ChartTranslator {

    static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";

    private final References references;
    private final CareHistoryTranslator careHistory;

    ChartTranslator(References references) {
        this.references = references;
        this.careHistory = new CareHistoryTranslator(references);
    }

    /** The patient the resource is about: the element that names the patient differs by resource type. */
    static Reference patientOf(Resource resource) {
        Map<String, String> element = Map.of("AllergyIntolerance", "patient", "Immunization", "patient",
                "FamilyMemberHistory", "patient");
        String name = element.getOrDefault(resource.fhirType(), "subject");
        Property property = resource.getNamedProperty(name);
        return property != null && property.hasValues() && property.getValues().get(0) instanceof Reference r ? r : null;
    }

    void translate(BundleEntry entry, ImportedChart chart) {
        switch (entry.resourceType()) {
            case "Condition" -> chart.conditions().add(condition(entry));
            case "AllergyIntolerance" -> chart.allergies().add(allergy(entry));
            case "MedicationRequest" -> chart.medications().add(medicationRequest(entry));
            case "MedicationStatement" -> chart.medications().add(medicationStatement(entry));
            case "Immunization" -> chart.immunizations().add(immunization(entry));
            case "Procedure" -> chart.procedures().add(procedure(entry));
            case "FamilyMemberHistory" -> chart.familyHistory().add(familyHistory(entry));
            case "Encounter" -> chart.encounters().add(encounter(entry));
            case "Observation" -> chart.observations().add(observation(entry));
            case "CareTeam" -> chart.careTeams().add(careHistory.careTeam(entry));
            case "CarePlan" -> chart.carePlans().add(careHistory.carePlan(entry));
            case "Goal" -> chart.goals().add(careHistory.goal(entry));
            case "QuestionnaireResponse" -> chart.questionnaireResponses().add(careHistory.questionnaireResponse(entry));
            default -> throw new IllegalArgumentException("Not part of a chart: " + entry.resourceType());
        }
    }

    private ImportedCondition condition(BundleEntry entry) {
        Condition c = (Condition) entry.resource();
        Coding code = FhirValues.coding(c.getCode(), "http://snomed.info/sct");
        return new ImportedCondition(entry.sourceKey(), code.getSystem(), code.getCode(), code.getDisplay(),
                FhirValues.first(c.getCategory()).getCode(), FhirValues.coding(c.getClinicalStatus()).getCode(),
                FhirValues.coding(c.getVerificationStatus()).getCode(), FhirValues.start(c.getOnset()),
                FhirValues.start(c.getAbatement()), FhirValues.date(c.getRecordedDateElement()),
                encounterKey(c.getEncounter()));
    }

    private ImportedAllergy allergy(BundleEntry entry) {
        AllergyIntolerance a = (AllergyIntolerance) entry.resource();
        Coding code = FhirValues.coding(a.getCode());
        String category = a.getCategory().isEmpty() ? null : a.getCategory().get(0).getCode();
        String reaction = a.getReaction().isEmpty() || !a.getReactionFirstRep().hasManifestation() ? null
                : FhirValues.display(a.getReactionFirstRep().getManifestationFirstRep());
        return new ImportedAllergy(entry.sourceKey(), code.getSystem(), code.getCode(), code.getDisplay(), category,
                FhirValues.code(a.getCriticalityElement()), FhirValues.coding(a.getClinicalStatus()).getCode(),
                reaction, FhirValues.date(a.getRecordedDateElement()));
    }

    private ImportedMedication medicationRequest(BundleEntry entry) {
        MedicationRequest m = (MedicationRequest) entry.resource();
        Coding drug = medication(entry, m.getMedication(), m.getContained());
        String dose = m.hasDosageInstruction() ? dose(m.getDosageInstructionFirstRep()) : null;
        return new ImportedMedication(entry.sourceKey(), "MedicationRequest", drug.getCode(), drug.getDisplay(), dose,
                FhirValues.code(m.getStatusElement()), FhirValues.code(m.getIntentElement()),
                FhirValues.instant(m.getAuthoredOnElement()), references.directoryId(m.getRequester(), "Practitioner"),
                reason(m.getReasonCode(), m.getReasonReference()), encounterKey(m.getEncounter()));
    }

    private ImportedMedication medicationStatement(BundleEntry entry) {
        MedicationStatement m = (MedicationStatement) entry.resource();
        Coding drug = medication(entry, m.getMedication(), m.getContained());
        String dose = m.hasDosage() ? dose(m.getDosageFirstRep()) : null;
        var when = m.hasEffective() ? FhirValues.start(m.getEffective()) : FhirValues.instant(m.getDateAssertedElement());
        return new ImportedMedication(entry.sourceKey(), "MedicationStatement", drug.getCode(), drug.getDisplay(), dose,
                FhirValues.code(m.getStatusElement()), null, when, null,
                reason(m.getReasonCode(), m.getReasonReference()), encounterKey(m.getContext()));
    }

    /** The drug's code: given inline, or on a Medication contained in the order or sent in the same bundle. */
    private Coding medication(BundleEntry entry, Type medication, List<Resource> contained) {
        if (medication instanceof CodeableConcept concept) {
            return FhirValues.coding(concept, RXNORM);
        }
        if (medication instanceof Reference reference && reference.hasReference()) {
            String ref = reference.getReference();
            if (ref.startsWith("#")) {
                return contained.stream().filter(r -> r instanceof Medication && ref.substring(1).equals(r.getIdElement().getIdPart()))
                        .map(r -> FhirValues.coding(((Medication) r).getCode(), RXNORM)).findFirst()
                        .orElseThrow(() -> Rejection.at(entry, "the contained medication '" + ref + "' is missing"));
            }
            BundleEntry target = references.entry(reference, "Medication");
            if (target == null) {
                throw Rejection.at(entry, "medicationReference '" + ref + "' is not a Medication of the bundle");
            }
            return FhirValues.coding(((Medication) target.resource()).getCode(), RXNORM);
        }
        throw Rejection.at(entry, "the medication is neither coded nor referenced");
    }

    private static String dose(Dosage dosage) {
        if (dosage.hasText()) {
            return dosage.getText();
        }
        StringBuilder text = new StringBuilder();
        if (dosage.hasDoseAndRate() && dosage.getDoseAndRateFirstRep().hasDoseQuantity()) {
            Quantity q = dosage.getDoseAndRateFirstRep().getDoseQuantity();
            text.append(q.getValue().stripTrailingZeros().toPlainString()).append(q.hasUnit() ? " " + q.getUnit() : "");
        }
        if (dosage.hasTiming() && dosage.getTiming().hasRepeat()) {
            Timing.TimingRepeatComponent r = dosage.getTiming().getRepeat();
            if (r.hasFrequency() && r.hasPeriod()) {
                text.append(text.isEmpty() ? "" : ", ").append(r.getFrequency()).append(" times per ")
                        .append(r.getPeriod().stripTrailingZeros().toPlainString()).append(" ")
                        .append(r.hasPeriodUnit() ? r.getPeriodUnit().toCode() : "");
            }
        }
        if (dosage.hasAsNeededBooleanType() && dosage.getAsNeededBooleanType().booleanValue()) {
            text.append(text.isEmpty() ? "" : ", ").append("as needed");
        }
        return text.isEmpty() ? null : text.toString().trim();
    }

    /** Why something was done: a code given inline, or the code of the Condition it refers to. */
    private String reason(List<CodeableConcept> codes, List<Reference> conditions) {
        if (!codes.isEmpty()) {
            return FhirValues.coding(codes.get(0)).getCode();
        }
        for (Reference reference : conditions) {
            BundleEntry target = references.entry(reference, "Condition");
            if (target != null) {
                return FhirValues.coding(((Condition) target.resource()).getCode()).getCode();
            }
        }
        return null;
    }

    private ImportedImmunization immunization(BundleEntry entry) {
        Immunization i = (Immunization) entry.resource();
        Coding code = FhirValues.coding(i.getVaccineCode(), "http://hl7.org/fhir/sid/cvx");
        return new ImportedImmunization(entry.sourceKey(), code.getCode(), code.getDisplay(),
                FhirValues.code(i.getStatusElement()), FhirValues.start(i.getOccurrence()), encounterKey(i.getEncounter()));
    }

    private ImportedProcedure procedure(BundleEntry entry) {
        Procedure p = (Procedure) entry.resource();
        Coding code = FhirValues.coding(p.getCode());
        return new ImportedProcedure(entry.sourceKey(), code.getSystem(), code.getCode(), code.getDisplay(),
                FhirValues.code(p.getStatusElement()), FhirValues.start(p.getPerformed()), FhirValues.end(p.getPerformed()),
                reason(p.getReasonCode(), p.getReasonReference()), encounterKey(p.getEncounter()));
    }

    private ImportedFamilyHistory familyHistory(BundleEntry entry) {
        FamilyMemberHistory f = (FamilyMemberHistory) entry.resource();
        Coding condition = f.hasCondition() ? FhirValues.coding(f.getConditionFirstRep().getCode()) : new Coding();
        return new ImportedFamilyHistory(entry.sourceKey(), FhirValues.display(f.getRelationship()), condition.getCode(),
                condition.getSystem(), condition.getDisplay(), FhirValues.code(f.getStatusElement()));
    }

    private ImportedEncounter encounter(BundleEntry entry) {
        Encounter e = (Encounter) entry.resource();
        Coding type = FhirValues.first(e.getType());
        Coding reason = FhirValues.first(e.getReasonCode());
        if (!e.hasReasonCode() && e.hasReasonReference()) {
            BundleEntry condition = references.entry(e.getReasonReferenceFirstRep(), "Condition");
            reason = condition == null ? reason : FhirValues.coding(((Condition) condition.resource()).getCode());
        }
        var practitioner = e.getParticipant().stream()
                .map(p -> references.directoryId(p.getIndividual(), "Practitioner"))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        var location = e.hasLocation() ? references.directoryId(e.getLocationFirstRep().getLocation(), "Location") : null;
        return new ImportedEncounter(entry.sourceKey(), FhirValues.code(e.getStatusElement()), e.getClass_().getCode(),
                type.getSystem(), type.getCode(), type.getDisplay(), FhirValues.instant(e.getPeriod().getStartElement()),
                FhirValues.instant(e.getPeriod().getEndElement()), reason.getCode(), reason.getDisplay(), practitioner,
                references.directoryId(e.getServiceProvider(), "Organization"), location);
    }

    private ImportedObservation observation(BundleEntry entry) {
        Observation o = (Observation) entry.resource();
        Coding code = FhirValues.coding(o.getCode(), "http://loinc.org");
        List<Component> components = o.getComponent().stream().map(c -> {
            Coding part = FhirValues.coding(c.getCode(), "http://loinc.org");
            return new Component(part.getSystem(), part.getCode(), part.getDisplay(), FhirValues.value(c.getValue()));
        }).toList();
        var effective = o.hasEffective() ? FhirValues.start(o.getEffective()) : FhirValues.instant(o.getIssuedElement());
        return new ImportedObservation(entry.sourceKey(), FhirValues.code(o.getStatusElement()),
                FhirValues.first(o.getCategory()).getCode(), code.getSystem(), code.getCode(), code.getDisplay(),
                FhirValues.value(o.getValue()), effective, encounterKey(o.getEncounter()), components);
    }

    /** The source key of the visit a record was made in; the visit must be in the same bundle. */
    String encounterKey(Reference reference) {
        if (reference == null || !reference.hasReference()) {
            return null;
        }
        BundleEntry encounter = references.entry(reference, "Encounter");
        return encounter == null ? null : encounter.sourceKey();
    }
}
