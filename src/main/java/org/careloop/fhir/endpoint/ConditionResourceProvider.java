package org.careloop.fhir.endpoint;

import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import org.careloop.fhir.translate.FhirValues;
import org.hl7.fhir.r4.model.Condition;
import org.springframework.stereotype.Component;

/**
 * {@code GET /fhir/Condition?patient=}: the problem list, paged. A patient the caller may not see answers 404, as
 * in the JSON API, rather than an empty Bundle that would look like "no problems recorded".
 */
@Component
class ConditionResourceProvider implements IResourceProvider {

    private final FhirSearches searches;

    ConditionResourceProvider(FhirSearches searches) {
        this.searches = searches;
    }

    @Override
    public Class<Condition> getResourceType() {
        return Condition.class;
    }

    @Search
    public IBundleProvider byPatient(@RequiredParam(name = Condition.SP_PATIENT) ReferenceParam patient,
                                     RequestDetails request) {
        return searches.conditions(FhirValues.patientId(patient.getIdPart()), request);
    }
}
