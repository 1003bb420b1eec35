package org.careloop.fhir.translate;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.careloop.transition.HospitalEncounterReported;
import org.careloop.transition.HospitalEncounterReported.Diagnosis;
import org.careloop.transition.HospitalEncounterReported.DischargeDisposition;
import org.careloop.transition.HospitalEncounterReported.EncounterClass;
import org.careloop.transition.HospitalEncounterReported.Notice;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Organization;

/**
 * An EHR's Encounter as a hospital's notice, for the transition module: an inpatient (IMP, ACUTE, NONAC),
 * observation (OBSENC) or emergency (EMER) encounter that ended ({@code period.end}) with a discharge disposition
 * ({@code hospitalization.dischargeDisposition}) is a discharge; a cancelled or entered-in-error one cancels what
 * its identifier named. Ambulatory visits, stays still in progress and stays without a disposition (chart history,
 * as most EHR exports carry it) are no notice. The encounter row itself is translated as before.
 */
public final class DischargeTranslator {

    private static final Map<String, EncounterClass> CLASSES = Map.of("IMP", EncounterClass.INPATIENT,
            "ACUTE", EncounterClass.INPATIENT, "NONAC", EncounterClass.INPATIENT,
            "OBSENC", EncounterClass.OBSERVATION, "EMER", EncounterClass.EMERGENCY);
    private static final String FHIR_DISPOSITIONS = "http://terminology.hl7.org/CodeSystem/discharge-disposition";
    /** The UB-04 patient discharge status, which HL7 v2 table 0112 follows. */
    private static final String NUBC_DISCHARGE_STATUS = "https://www.nubc.org/CodeSystem/PatDischargeStatus";

    private DischargeTranslator() {
    }

    public static Optional<HospitalEncounterReported> reported(String sourceKey, Encounter e, UUID patientId,
                                                               UUID practiceId, BundleLinks links, ZoneId zone,
                                                               Instant receivedAt) {
        EncounterClass encounterClass = e.hasClass_() ? CLASSES.get(e.getClass_().getCode()) : null;
        if (encounterClass == null) {
            return Optional.empty();
        }
        String visitNumber = e.hasIdentifier() && e.getIdentifierFirstRep().hasValue()
                ? e.getIdentifierFirstRep().getValue() : sourceKey;
        Encounter.EncounterStatus status = e.getStatus();
        Notice notice;
        if (status == Encounter.EncounterStatus.CANCELLED || status == Encounter.EncounterStatus.ENTEREDINERROR) {
            notice = Notice.ADMISSION_CANCELLED;
        } else if (e.getPeriod().hasEnd() && e.getHospitalization().hasDischargeDisposition()) {
            notice = Notice.DISCHARGED;
        } else {
            return Optional.empty();
        }
        return Optional.of(new HospitalEncounterReported(patientId, practiceId, notice, encounterClass,
                facility(e, links), visitNumber, local(FhirValues.instant(e.getPeriod().getStartElement()), zone),
                local(FhirValues.instant(e.getPeriod().getEndElement()), zone), diagnoses(e, links),
                disposition(e.getHospitalization().getDischargeDisposition()),
                "FHIR Encounter/" + (e.hasIdElement() ? e.getIdElement().getIdPart() : sourceKey), receivedAt));
    }

    private static String facility(Encounter e, BundleLinks links) {
        if (e.hasServiceProvider()) {
            if (links.resource(e.getServiceProvider(), "Organization") instanceof Organization organization
                    && organization.hasName()) {
                return organization.getName();
            }
            if (e.getServiceProvider().hasDisplay()) {
                return e.getServiceProvider().getDisplay();
            }
        }
        if (e.hasLocation() && e.getLocationFirstRep().getLocation().hasDisplay()) {
            return e.getLocationFirstRep().getLocation().getDisplay();
        }
        return "the hospital";
    }

    /** The encounter's diagnoses in their rank order, then its reasons, each once. */
    private static List<Diagnosis> diagnoses(Encounter e, BundleLinks links) {
        List<Diagnosis> found = new ArrayList<>();
        e.getDiagnosis().stream()
                .sorted(java.util.Comparator.comparingInt(d -> d.hasRank() ? d.getRank() : Integer.MAX_VALUE))
                .map(d -> ConditionTranslator.referencedCode(d.getCondition(), links))
                .filter(java.util.Objects::nonNull).forEach(coding -> add(found, coding));
        e.getReasonCode().stream().map(FhirValues::coding).filter(java.util.Objects::nonNull)
                .forEach(coding -> add(found, coding));
        return found;
    }

    private static void add(List<Diagnosis> found, Coding coding) {
        Diagnosis diagnosis = new Diagnosis(coding.getSystem(), coding.getCode(), coding.getDisplay());
        if (coding.hasCode() && !found.contains(diagnosis)) {
            found.add(diagnosis);
        }
    }

    private static DischargeDisposition disposition(CodeableConcept concept) {
        Coding coding = FhirValues.coding(concept, FHIR_DISPOSITIONS);
        if (coding == null || !coding.hasCode()) {
            return null;
        }
        String system = FHIR_DISPOSITIONS.equals(coding.getSystem()) ? "FHIR"
                : NUBC_DISCHARGE_STATUS.equals(coding.getSystem()) ? "HL7_0112" : coding.getSystem();
        return new DischargeDisposition(system, coding.getCode(), coding.getDisplay() != null ? coding.getDisplay()
                : concept.getText());
    }

    private static LocalDateTime local(OffsetDateTime at, ZoneId zone) {
        return at == null ? null : at.atZoneSameInstant(zone).toLocalDateTime();
    }
}
