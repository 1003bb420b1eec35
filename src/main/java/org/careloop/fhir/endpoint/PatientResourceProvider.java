package org.careloop.fhir.endpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import ca.uhn.fhir.model.valueset.BundleTypeEnum;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.SimpleBundleProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import org.careloop.NotFound;
import org.careloop.audit.AuditChannel;
import org.careloop.fhir.translate.AllergyTranslator;
import org.careloop.fhir.translate.ConditionTranslator;
import org.careloop.fhir.translate.EncounterTranslator;
import org.careloop.fhir.translate.FhirValues;
import org.careloop.fhir.translate.ImmunizationTranslator;
import org.careloop.fhir.translate.MedicationTranslator;
import org.careloop.fhir.translate.ObservationTranslator;
import org.careloop.fhir.translate.PatientTranslator;
import org.careloop.fhir.translate.ProcedureTranslator;
import org.careloop.patient.ClinicalRecord;
import org.careloop.patient.PatientChart;
import org.careloop.patient.PatientRegistry;
import org.careloop.patient.PatientSearch;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.springframework.stereotype.Component;

/**
 * FHIR reads of patients: by id (the same UUID as the JSON API), by identifier, by name, and the whole record
 * through {@code $everything}. Scoped and audited by the patient module; another practice's patient is a 404.
 */
@Component
class PatientResourceProvider implements IResourceProvider {

    /** A FHIR name search answers at most this many patients; a care manager narrows it with more of the name. */
    static final int NAME_SEARCH_LIMIT = 100;

    private final PatientRegistry registry;
    private final ClinicalRecord clinicalRecord;

    PatientResourceProvider(PatientRegistry registry, ClinicalRecord clinicalRecord) {
        this.registry = registry;
        this.clinicalRecord = clinicalRecord;
    }

    @Override
    public Class<Patient> getResourceType() {
        return Patient.class;
    }

    @Read
    public Patient read(@IdParam IdType id) {
        UUID patientId = FhirValues.patientId(id.getIdPart());
        try {
            return PatientTranslator.toFhir(registry.find(patientId, AuditChannel.FHIR));
        } catch (NotFound notFound) {
            throw new ResourceNotFoundException(id);
        }
    }

    @Search
    public List<Patient> byIdentifier(@RequiredParam(name = Patient.SP_IDENTIFIER) TokenParam identifier) {
        String system = identifier.getSystem() == null || identifier.getSystem().isBlank() ? null : identifier.getSystem();
        return registry.findByIdentifier(system, identifier.getValue(), AuditChannel.FHIR).stream()
                .map(PatientTranslator::toFhir).toList();
    }

    @Search
    public List<Patient> byName(@RequiredParam(name = Patient.SP_NAME) StringParam name) {
        return registry.search(new PatientSearch(name.getValue(), null, null), 0, NAME_SEARCH_LIMIT, AuditChannel.FHIR)
                .patients().stream().map(PatientTranslator::toFhir).toList();
    }

    @Operation(name = "$everything", idempotent = true, bundleType = BundleTypeEnum.SEARCHSET)
    public IBundleProvider everything(@IdParam IdType id) {
        UUID patientId = FhirValues.patientId(id.getIdPart());
        PatientChart chart;
        try {
            chart = clinicalRecord.chart(patientId, AuditChannel.FHIR);
        } catch (NotFound notFound) {
            throw new ResourceNotFoundException(id);
        }
        List<IBaseResource> resources = new ArrayList<>();
        resources.add(PatientTranslator.toFhir(chart.patient()));
        chart.problems().forEach(problem -> resources.add(ConditionTranslator.toFhir(patientId, problem)));
        chart.allergies().forEach(allergy -> resources.add(AllergyTranslator.toFhir(patientId, allergy)));
        chart.medications().forEach(medication -> resources.add(MedicationTranslator.toFhir(patientId, medication)));
        chart.immunizations().forEach(shot -> resources.add(ImmunizationTranslator.toFhir(patientId, shot)));
        chart.procedures().forEach(procedure -> resources.add(ProcedureTranslator.toFhir(patientId, procedure)));
        chart.encounters().forEach(encounter -> resources.add(EncounterTranslator.toFhir(patientId, encounter)));
        chart.observations().forEach(observation -> resources.add(ObservationTranslator.toFhir(patientId, observation)));
        return new SimpleBundleProvider(resources);
    }
}
