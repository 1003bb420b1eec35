package org.careloop.fhir.endpoint;

import java.util.UUID;

import ca.uhn.fhir.context.FhirContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careloop.fhir.translate.ReferralTranslator;
import org.careloop.referral.Referrals;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A community referral for other systems: the Gravity SDOH ServiceRequest with its Task. Audited as an export. */
@RestController
@Tag(name = "Referrals")
@PreAuthorize("hasAnyRole('CARE_MANAGER', 'NURSE', 'PROVIDER', 'ADMIN')")
class ReferralFhirController {

    private static final String FHIR_JSON = "application/fhir+json";

    private final Referrals referrals;
    private final FhirContext fhir;

    ReferralFhirController(Referrals referrals, FhirContext fhir) {
        this.referrals = referrals;
        this.fhir = fhir;
    }

    @GetMapping(value = "/api/referrals/{referralId}/fhir", produces = {FHIR_JSON, MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "The referral as a FHIR R4 Bundle: ServiceRequest, Task, Organization and Consent (SDOH Clinical Care shape)")
    ResponseEntity<String> referral(@PathVariable UUID referralId) {
        String bundle = fhir.newJsonParser().encodeResourceToString(ReferralTranslator.bundle(referrals.export(referralId)));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(FHIR_JSON)).body(bundle);
    }
}
