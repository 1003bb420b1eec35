package org.careloop.fhir.endpoint;

import java.util.List;
import java.util.UUID;

import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import org.careloop.NotFound;
import org.careloop.audit.AuditChannel;
import org.careloop.fhir.translate.ConditionTranslator;
import org.careloop.fhir.translate.FhirValues;
import org.careloop.patient.ClinicalRecord;
import org.hl7.fhir.r4.model.Condition;
import org.springframework.stereotype.Component;

/**
 * {@code GET /fhir/Condition?patient=}: the problem list. A patient the caller may not see answers 404, as in the
 * JSON API, rather than an empty Bundle that would look like "no problems recorded".
 */
@Component
class ConditionResourceProvider implements IResourceProvider {

    private final ClinicalRecord clinicalRecord;

    ConditionResourceProvider(ClinicalRecord clinicalRecord) {
        this.clinicalRecord = clinicalRecord;
    }

    @Override
    public Class<Condition> getResourceType() {
        return Condition.class;
    }

    @Search
    public List<Condition> byPatient(@RequiredParam(name = Condition.SP_PATIENT) ReferenceParam patient) {
        UUID patientId = FhirValues.patientId(patient.getIdPart());
        try {
            return clinicalRecord.problems(patientId, AuditChannel.FHIR).stream()
                    .map(problem -> ConditionTranslator.toFhir(patientId, problem)).toList();
        } catch (NotFound notFound) {
            throw new ResourceNotFoundException("Patient/" + patientId);
        }
    }
}
