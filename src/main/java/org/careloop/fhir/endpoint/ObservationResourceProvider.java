package org.careloop.fhir.endpoint;

import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import org.careloop.fhir.translate.FhirValues;
import org.hl7.fhir.r4.model.Observation;
import org.springframework.stereotype.Component;

/**
 * {@code GET /fhir/Observation?patient=&code=}: a patient's observations, newest first, paged, optionally of one
 * code ({@code code=http://loinc.org|4548-4} or just {@code 4548-4}). Another practice's patient answers 404.
 */
@Component
class ObservationResourceProvider implements IResourceProvider {

    private final FhirSearches searches;

    ObservationResourceProvider(FhirSearches searches) {
        this.searches = searches;
    }

    @Override
    public Class<Observation> getResourceType() {
        return Observation.class;
    }

    @Search
    public IBundleProvider byPatient(@RequiredParam(name = Observation.SP_PATIENT) ReferenceParam patient,
                                     @OptionalParam(name = Observation.SP_CODE) TokenParam code,
                                     RequestDetails request) {
        String system = code == null || code.getSystem() == null || code.getSystem().isBlank() ? null : code.getSystem();
        return searches.observations(FhirValues.patientId(patient.getIdPart()), system,
                code == null ? null : code.getValue(), request);
    }
}
