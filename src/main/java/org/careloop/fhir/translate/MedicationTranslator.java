package org.careloop.fhir.translate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.careloop.patient.ImportedClinicalRecords.ImportedMedication;
import org.careloop.patient.ImportedClinicalRecords.Supply;
import org.careloop.patient.PatientMedication;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;

/**
 * A medication both ways: the medication row to FHIR R4 MedicationRequest (a prescription) or MedicationStatement
 * (what the patient reports), and either of those from an EHR to the row, the drug coded in RxNorm.
 */
public final class MedicationTranslator {

    static final String RXNORM = FhirValues.RXNORM;

    private MedicationTranslator() {
    }

    public static Resource toFhir(UUID patientId, PatientMedication medication) {
        CodeableConcept drug = FhirValues.concept(RXNORM, medication.rxnormCode(), medication.display());
        if ("MedicationStatement".equals(medication.sourceType())) {
            MedicationStatement statement = new MedicationStatement();
            statement.setId(medication.id().toString());
            statement.setSubject(FhirValues.patient(patientId));
            statement.setMedication(drug);
            statement.setStatus(FhirValues.known(medication.status(),
                    MedicationStatement.MedicationStatementStatus::fromCode));
            statement.setDateAsserted(FhirValues.date(medication.authoredAt()));
            if (medication.dose() != null) {
                statement.addDosage().setText(medication.dose());
            }
            return statement;
        }
        MedicationRequest request = new MedicationRequest();
        request.setId(medication.id().toString());
        request.setSubject(FhirValues.patient(patientId));
        request.setMedication(drug);
        request.setStatus(FhirValues.known(medication.status(), MedicationRequest.MedicationRequestStatus::fromCode));
        request.setIntent(FhirValues.known(medication.intent(), MedicationRequest.MedicationRequestIntent::fromCode));
        request.setAuthoredOn(FhirValues.date(medication.authoredAt()));
        if (medication.dose() != null) {
            request.addDosageInstruction().setText(medication.dose());
        }
        if (medication.reasonCode() != null) {
            request.addReasonCode(FhirValues.concept(ConditionTranslator.SNOMED, medication.reasonCode(), null));
        }
        return request;
    }

    public static ImportedMedication fromFhir(String sourceKey, MedicationRequest m, BundleLinks links) {
        Coding drug = drug(m.getMedication(), m.getContained(), links);
        String dose = m.hasDosageInstruction() ? DosageWords.of(m.getDosageInstructionFirstRep(), drug.getDisplay()) : null;
        return new ImportedMedication(sourceKey, "MedicationRequest", drug.getCode(), drug.getDisplay(), dose,
                FhirValues.code(m.getStatusElement()), FhirValues.code(m.getIntentElement()),
                FhirValues.instant(m.getAuthoredOnElement()), links.directoryId(m.getRequester(), "Practitioner"),
                ConditionTranslator.reasonCode(m.getReasonCode(), m.getReasonReference(), links),
                links.sourceKey(m.getEncounter(), "Encounter"), supply(m));
    }

    /**
     * What the prescription orders to be dispensed: the days one fill lasts (expectedSupplyDuration, else the initial
     * fill's duration), the quantity, the refills allowed, and the day the supply starts (the validity period's
     * start, else the day it was written). Null when the order says neither days nor quantity.
     */
    static Supply supply(MedicationRequest m) {
        if (!m.hasDispenseRequest()) {
            return null;
        }
        MedicationRequest.MedicationRequestDispenseRequestComponent dispense = m.getDispenseRequest();
        Integer days = dispense.hasExpectedSupplyDuration() ? days(dispense.getExpectedSupplyDuration())
                : dispense.hasInitialFill() && dispense.getInitialFill().hasDuration()
                ? days(dispense.getInitialFill().getDuration()) : null;
        BigDecimal quantity = dispense.hasQuantity() && dispense.getQuantity().hasValue()
                && dispense.getQuantity().getValue().signum() >= 0 ? dispense.getQuantity().getValue() : null;
        if (days == null && quantity == null) {
            return null;
        }
        String unit = !dispense.hasQuantity() ? null
                : dispense.getQuantity().hasUnit() ? dispense.getQuantity().getUnit() : dispense.getQuantity().getCode();
        LocalDate startsOn = dispense.hasValidityPeriod() && dispense.getValidityPeriod().hasStart()
                ? FhirValues.day(dispense.getValidityPeriod().getStartElement()) : FhirValues.day(m.getAuthoredOnElement());
        int refills = dispense.hasNumberOfRepeatsAllowed() ? dispense.getNumberOfRepeatsAllowed() : 0;
        return new Supply(startsOn, days, quantity, unit, refills);
    }

    /**
     * A supply duration in whole days (UCUM d, wk, mo, a; hours round up); null for a unit that is no length of time
     * and for more than ten years, which no fill lasts.
     */
    private static Integer days(Duration duration) {
        if (!duration.hasValue()) {
            return null;
        }
        String unit = duration.hasCode() ? duration.getCode() : duration.hasUnit() ? duration.getUnit() : "d";
        BigDecimal perUnit = switch (unit.toLowerCase(java.util.Locale.ROOT)) {
            case "d", "day", "days" -> BigDecimal.ONE;
            case "wk", "week", "weeks" -> BigDecimal.valueOf(7);
            case "mo", "month", "months" -> BigDecimal.valueOf(30);
            case "a", "year", "years" -> BigDecimal.valueOf(365);
            case "h", "hour", "hours" -> BigDecimal.ONE.divide(BigDecimal.valueOf(24), 6, RoundingMode.HALF_UP);
            default -> null;
        };
        if (perUnit == null) {
            return null;
        }
        BigDecimal days = duration.getValue().multiply(perUnit).setScale(0, RoundingMode.CEILING);
        return days.signum() > 0 && days.compareTo(BigDecimal.valueOf(3650)) <= 0 ? days.intValue() : null;
    }

    public static ImportedMedication fromFhir(String sourceKey, MedicationStatement m, BundleLinks links) {
        Coding drug = drug(m.getMedication(), m.getContained(), links);
        String dose = m.hasDosage() ? DosageWords.of(m.getDosageFirstRep(), drug.getDisplay()) : null;
        var when = m.hasEffective() ? FhirValues.start(m.getEffective()) : FhirValues.instant(m.getDateAssertedElement());
        return new ImportedMedication(sourceKey, "MedicationStatement", drug.getCode(), drug.getDisplay(), dose,
                FhirValues.code(m.getStatusElement()), null, when, null,
                ConditionTranslator.reasonCode(m.getReasonCode(), m.getReasonReference(), links),
                links.sourceKey(m.getContext(), "Encounter"), null);
    }

    /** The drug's code: given inline, or on a Medication contained in the order or sent in the same bundle. */
    private static Coding drug(Type medication, List<Resource> contained, BundleLinks links) {
        if (medication instanceof CodeableConcept concept) {
            return FhirValues.coding(concept, RXNORM);
        }
        if (medication instanceof Reference reference && reference.hasReference()) {
            String ref = reference.getReference();
            if (ref.startsWith("#")) {
                return contained.stream().filter(r -> r instanceof Medication && ref.substring(1).equals(r.getIdElement().getIdPart()))
                        .map(r -> FhirValues.coding(((Medication) r).getCode(), RXNORM)).findFirst()
                        .orElseThrow(() -> new Untranslatable("the contained medication '" + ref + "' is missing"));
            }
            Medication target = (Medication) links.resource(reference, "Medication");
            if (target == null) {
                throw new Untranslatable("medicationReference '" + ref + "' is not a Medication of the bundle");
            }
            return FhirValues.coding(target.getCode(), RXNORM);
        }
        throw new Untranslatable("the medication is neither coded nor referenced");
    }
}
