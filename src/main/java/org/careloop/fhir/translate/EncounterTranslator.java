package org.careloop.fhir.translate;

import java.util.Objects;
import java.util.UUID;

import org.careloop.patient.ImportedClinicalRecords.ImportedEncounter;
import org.careloop.patient.PatientEncounter;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Period;

/** A visit both ways: the encounter row to FHIR R4 Encounter, and an EHR's Encounter (with its clinician and place) to the row. */
public final class EncounterTranslator {

    private EncounterTranslator() {
    }

    public static Encounter toFhir(UUID patientId, PatientEncounter encounter) {
        Encounter fhir = new Encounter();
        fhir.setId(encounter.id().toString());
        fhir.setSubject(FhirValues.patient(patientId));
        fhir.setStatus(FhirValues.known(encounter.status(), Encounter.EncounterStatus::fromCode));
        if (encounter.classCode() != null) {
            fhir.setClass_(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", encounter.classCode(), null));
        }
        if (encounter.typeCode() != null) {
            fhir.addType(FhirValues.concept(encounter.typeSystem(), encounter.typeCode(), encounter.typeDisplay()));
        }
        fhir.setPeriod(new Period().setStart(FhirValues.date(encounter.periodStart()))
                .setEnd(FhirValues.date(encounter.periodEnd())));
        if (encounter.reasonCode() != null) {
            fhir.addReasonCode(FhirValues.concept(ConditionTranslator.SNOMED, encounter.reasonCode(),
                    encounter.reasonDisplay()));
        }
        return fhir;
    }

    public static ImportedEncounter fromFhir(String sourceKey, Encounter e, BundleLinks links) {
        Coding type = FhirValues.first(e.getType());
        Coding reason = FhirValues.first(e.getReasonCode());
        if (!e.hasReasonCode() && e.hasReasonReference()) {
            Coding referenced = ConditionTranslator.referencedCode(e.getReasonReferenceFirstRep(), links);
            reason = referenced == null ? reason : referenced;
        }
        var practitioner = e.getParticipant().stream()
                .map(p -> links.directoryId(p.getIndividual(), "Practitioner"))
                .filter(Objects::nonNull).findFirst().orElse(null);
        var location = e.hasLocation() ? links.directoryId(e.getLocationFirstRep().getLocation(), "Location") : null;
        return new ImportedEncounter(sourceKey, FhirValues.code(e.getStatusElement()), e.getClass_().getCode(),
                type.getSystem(), type.getCode(), type.getDisplay(), FhirValues.instant(e.getPeriod().getStartElement()),
                FhirValues.instant(e.getPeriod().getEndElement()), reason.getCode(), reason.getDisplay(), practitioner,
                links.directoryId(e.getServiceProvider(), "Organization"), location);
    }
}
