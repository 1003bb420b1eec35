package org.careloop.fhir.translate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import org.careloop.patient.PatientAddress;
import org.careloop.patient.PatientContact;
import org.careloop.patient.PatientIdentifier;
import org.careloop.patient.PatientObservation;
import org.careloop.patient.PatientProblem;
import org.careloop.patient.PatientRecord;
import org.careloop.patient.PatientStatus;
import org.careloop.patient.PreferredContactMethod;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The relational rows come out as FHIR R4 resources a client can parse back. */
class TranslatorTests {

    static final FhirContext FHIR = FhirContext.forR4Cached();
    static final UUID PRACTICE = UUID.fromString("00000000-0000-0000-0000-000000000001");

    @Test
    void aPatientCarriesTheMrnUnderItsPracticeSystemAndTheInterpreterNeed() {
        UUID id = UUID.randomUUID();
        PatientRecord record = new PatientRecord(id, PRACTICE, 3, "100042", "Okonkwo", "Ada Grace",
                LocalDate.of(1950, 2, 3), "female", LocalDate.of(2026, 1, 5), "EHR import", "555-0100", null,
                PreferredContactMethod.PHONE, "after 4pm", "yo", true,
                new PatientAddress("1 Main St", "Lowell", "MA", "01850", "US"), null, PatientStatus.DECEASED,
                List.of(new PatientIdentifier("urn:ehr", "E1", null)),
                List.of(new PatientContact(PatientContact.Kind.CAREGIVER, "Obi", "son", "555-0101", true)), null);

        Patient patient = roundTrip(PatientTranslator.toFhir(record), Patient.class);

        assertThat(patient.getIdElement().getIdPart()).isEqualTo(id.toString());
        assertThat(patient.getMeta().getVersionId()).isEqualTo("3");
        assertThat(patient.getIdentifierFirstRep().getSystem()).isEqualTo(PatientIdentifier.mrnSystem(PRACTICE));
        assertThat(patient.getIdentifierFirstRep().getValue()).isEqualTo("100042");
        assertThat(patient.getNameFirstRep().getGiven()).extracting(Object::toString).containsExactly("Ada", "Grace");
        assertThat(patient.getDeceasedDateTimeType().getValueAsString()).isEqualTo("2026-01-05");
        assertThat(((BooleanType) patient.getExtensionByUrl(PatientTranslator.INTERPRETER_REQUIRED).getValue())
                .booleanValue()).isTrue();
        assertThat(patient.getContactFirstRep().getName().getText()).isEqualTo("Obi");
        assertThat(patient.getAddressFirstRep().getCity()).isEqualTo("Lowell");
    }

    @Test
    void aDeathComesInWithOrWithoutItsDateAndGoesOutTheSameWay() {
        Patient dated = new Patient();
        dated.setBirthDateElement(new org.hl7.fhir.r4.model.DateType("1969-01-02"));
        dated.setDeceased(new org.hl7.fhir.r4.model.DateTimeType("2024-03-05T08:00:00+00:00"));
        Patient undated = new Patient();
        undated.setBirthDateElement(new org.hl7.fhir.r4.model.DateType("1969-01-02"));
        undated.setDeceased(new BooleanType(true));
        Patient alive = new Patient();
        alive.setBirthDateElement(new org.hl7.fhir.r4.model.DateType("1969-01-02"));
        alive.setDeceased(new BooleanType(false));

        assertThat(PatientTranslator.fromFhir("a", dated)).satisfies(p -> {
            assertThat(p.deceased()).isTrue();
            assertThat(p.deceasedOn()).isEqualTo(LocalDate.of(2024, 3, 5));
        });
        assertThat(PatientTranslator.fromFhir("b", undated)).satisfies(p -> {
            assertThat(p.deceased()).as("deceasedBoolean true: deceased, date unknown").isTrue();
            assertThat(p.deceasedOn()).isNull();
        });
        assertThat(PatientTranslator.fromFhir("c", alive).deceased()).isFalse();

        PatientRecord diedOnUnknownDay = new PatientRecord(UUID.randomUUID(), PRACTICE, 0, "100043", "Okonkwo", "Ben",
                LocalDate.of(1969, 1, 2), "male", null, "EHR import", null, null, null, null, null, false,
                new PatientAddress(null, null, null, null, null), null, PatientStatus.DECEASED, List.of(), List.of(), null);
        assertThat(PatientTranslator.toFhir(diedOnUnknownDay).getDeceasedBooleanType().booleanValue()).isTrue();
    }

    @Test
    void aConditionKeepsBothItsSnomedAndIcd10CodesAndItsAbatement() {
        UUID patient = UUID.randomUUID();
        PatientProblem problem = new PatientProblem(UUID.randomUUID(), "http://snomed.info/sct", "44054006",
                "44054006", "E11.9", "Diabetes mellitus type 2", "problem-list-item", "resolved", "confirmed",
                OffsetDateTime.parse("2010-01-01T00:00:00Z"), OffsetDateTime.parse("2020-01-01T00:00:00Z"), null);

        Condition condition = roundTrip(ConditionTranslator.toFhir(patient, problem), Condition.class);

        assertThat(condition.getCode().getCoding()).extracting(c -> c.getSystem() + "|" + c.getCode())
                .containsExactly("http://snomed.info/sct|44054006", "http://hl7.org/fhir/sid/icd-10-cm|E11.9");
        assertThat(condition.getClinicalStatus().getCodingFirstRep().getCode()).isEqualTo("resolved");
        assertThat(condition.getAbatementDateTimeType().getValueAsString()).startsWith("2020-01-01");
        assertThat(condition.getSubject().getReference()).isEqualTo("Patient/" + patient);
    }

    @Test
    void aBloodPressurePanelKeepsItsComponents() {
        PatientObservation panel = new PatientObservation(UUID.randomUUID(), "final", "vital-signs", "http://loinc.org",
                "85354-9", "Blood pressure panel", null, null, null, null, OffsetDateTime.parse("2026-10-01T10:00:00Z"),
                List.of(new PatientObservation.Component("http://loinc.org", "8480-6", "Systolic", new BigDecimal("132"),
                                "mm[Hg]", null, null),
                        new PatientObservation.Component("http://loinc.org", "8462-4", "Diastolic", new BigDecimal("84"),
                                "mm[Hg]", null, null)));

        Observation observation = roundTrip(ObservationTranslator.toFhir(UUID.randomUUID(), panel), Observation.class);

        assertThat(observation.getStatus()).isEqualTo(Observation.ObservationStatus.FINAL);
        assertThat(observation.getComponent()).extracting(c -> ((Quantity) c.getValue()).getValue().intValue())
                .containsExactly(132, 84);
        assertThat(observation.hasValue()).isFalse();
    }

    private static <T extends org.hl7.fhir.instance.model.api.IBaseResource> T roundTrip(T resource, Class<T> type) {
        String json = FHIR.newJsonParser().encodeResourceToString(resource);
        return FHIR.newJsonParser().parseResource(type, json);
    }
}
