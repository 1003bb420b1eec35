package org.careloop.fhir.endpoint;

import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careloop.audit.AuditChannel;
import org.careloop.careplan.CarePlans;
import org.careloop.fhir.translate.CarePlanTranslator;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A care plan for other systems: a FHIR R4 Bundle with the CarePlan and its Goals. Audited as an export. */
@RestController
@Tag(name = "Care plans", description = "Comprehensive care plans: problems, goals, interventions, versions")
class CarePlanFhirController {

    private static final String FHIR_JSON = "application/fhir+json";

    private final CarePlans plans;
    private final FhirContext fhir;

    CarePlanFhirController(CarePlans plans, FhirContext fhir) {
        this.plans = plans;
        this.fhir = fhir;
    }

    @GetMapping(value = "/api/care-plans/{id}/fhir", produces = {FHIR_JSON, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "The care plan as a FHIR R4 Bundle: CarePlan plus one Goal per goal")
    ResponseEntity<String> carePlan(@PathVariable UUID id) {
        String bundle = fhir.newJsonParser().encodeResourceToString(CarePlanTranslator.bundle(plans.export(id, AuditChannel.FHIR)));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(FHIR_JSON)).body(bundle);
    }
}
