package org.careloop.fhir.endpoint;

import java.util.UUID;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import org.careloop.NotFound;
import org.careloop.audit.AuditChannel;
import org.careloop.careplan.CarePlans;
import org.careloop.fhir.translate.CarePlanTranslator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;

/**
 * {@code GET /fhir/CarePlan/{id}}: the care plan with its goals contained, scoped to the caller's practices like
 * every patient read (another practice's plan is not found) and audited as an export.
 */
@Component
class CarePlanResourceProvider implements IResourceProvider {

    private final CarePlans plans;

    CarePlanResourceProvider(CarePlans plans) {
        this.plans = plans;
    }

    @Override
    public Class<? extends IBaseResource> getResourceType() {
        return CarePlan.class;
    }

    @Read
    public CarePlan read(@IdParam IdType id) {
        try {
            return CarePlanTranslator.toFhir(plans.export(UUID.fromString(id.getIdPart()), AuditChannel.FHIR));
        } catch (NotFound | IllegalArgumentException e) {
            throw new ResourceNotFoundException(id);
        }
    }
}
