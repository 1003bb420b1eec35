package org.careloop.fhir.endpoint;

import java.util.List;
import java.util.UUID;

import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import org.careloop.NotFound;
import org.careloop.audit.AuditChannel;
import org.careloop.fhir.translate.FhirValues;
import org.careloop.fhir.translate.ObservationTranslator;
import org.careloop.patient.ClinicalRecord;
import org.hl7.fhir.r4.model.Observation;
import org.springframework.stereotype.Component;

/**
 * {@code GET /fhir/Observation?patient=&code=}: a patient's observations, newest first, optionally of one code
 * ({@code code=http://loinc.org|4548-4} or just {@code 4548-4}). Another practice's patient answers 404.
 */
@Component
class ObservationResourceProvider implements IResourceProvider {

    private final ClinicalRecord clinicalRecord;

    ObservationResourceProvider(ClinicalRecord clinicalRecord) {
        this.clinicalRecord = clinicalRecord;
    }

    @Override
    public Class<Observation> getResourceType() {
        return Observation.class;
    }

    @Search
    public List<Observation> byPatient(@RequiredParam(name = Observation.SP_PATIENT) ReferenceParam patient,
                                       @OptionalParam(name = Observation.SP_CODE) TokenParam code) {
        UUID patientId = FhirValues.patientId(patient.getIdPart());
        String system = code == null || code.getSystem() == null || code.getSystem().isBlank() ? null : code.getSystem();
        try {
            return clinicalRecord.observations(patientId, code == null ? null : code.getValue(), AuditChannel.FHIR)
                    .stream()
                    .filter(observation -> system == null || system.equals(observation.codeSystem()))
                    .map(observation -> ObservationTranslator.toFhir(patientId, observation)).toList();
        } catch (NotFound notFound) {
            throw new ResourceNotFoundException("Patient/" + patientId);
        }
    }
}
