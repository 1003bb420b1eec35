package org.careloop.fhir.endpoint;

import java.util.UUID;

import ca.uhn.fhir.model.valueset.BundleTypeEnum;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import org.careloop.NotFound;
import org.careloop.audit.AuditChannel;
import org.careloop.fhir.translate.FhirValues;
import org.careloop.fhir.translate.PatientTranslator;
import org.careloop.patient.PatientRegistry;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.springframework.stereotype.Component;

/**
 * FHIR reads of patients: by id (the same UUID as the JSON API), the caller's practices' patients (all, by
 * identifier or by name, paged), and the whole record through {@code $everything}, paged too. Scoped and audited
 * by the patient module; another practice's patient is a 404, and never among the matches.
 */
@Component
class PatientResourceProvider implements IResourceProvider {

    private final PatientRegistry registry;
    private final FhirSearches searches;

    PatientResourceProvider(PatientRegistry registry, FhirSearches searches) {
        this.registry = registry;
        this.searches = searches;
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

    /** {@code GET /fhir/Patient}: every patient of the caller's practices, in name order. */
    @Search
    public IBundleProvider all(RequestDetails request) {
        return searches.patients(null, request);
    }

    @Search
    public IBundleProvider byIdentifier(@RequiredParam(name = Patient.SP_IDENTIFIER) TokenParam identifier,
                                        RequestDetails request) {
        String system = identifier.getSystem() == null || identifier.getSystem().isBlank() ? null : identifier.getSystem();
        return searches.patientsByIdentifier(system, identifier.getValue(), request);
    }

    @Search
    public IBundleProvider byName(@RequiredParam(name = Patient.SP_NAME) StringParam name, RequestDetails request) {
        return searches.patients(name.getValue(), request);
    }

    @Operation(name = "$everything", idempotent = true, bundleType = BundleTypeEnum.SEARCHSET)
    public IBundleProvider everything(@IdParam IdType id, RequestDetails request) {
        return searches.everything(FhirValues.patientId(id.getIdPart()), request);
    }
}
