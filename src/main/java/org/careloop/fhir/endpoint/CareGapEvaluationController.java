package org.careloop.fhir.endpoint;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careloop.InvalidRequest;
import org.careloop.caregap.CareGaps;
import org.careloop.fhir.translate.CareGapBundles;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The what-if care-gap evaluation for integrators: {@code {asOf, bundle}} with a FHIR R4 bundle of one patient, every
 * measure once in the answer. Pure: nothing of the bundle is stored and no stored patient is read.
 */
@RestController
@Tag(name = "Care gaps", description = "Preventive and chronic-care measures (USPSTF, ACIP, ADA) per patient")
class CareGapEvaluationController {

    private final CareGapBundles bundles;
    private final CareGaps careGaps;

    CareGapEvaluationController(CareGapBundles bundles, CareGaps careGaps) {
        this.bundles = bundles;
        this.careGaps = careGaps;
    }

    @PostMapping("/api/care-gaps/evaluate")
    @Operation(summary = "Evaluate every measure for the one patient of a FHIR R4 bundle on asOf; stores nothing")
    CareGaps.Evaluated evaluate(@RequestBody JsonNode request) {
        if (request == null || !request.isObject()) {
            throw new InvalidRequest("The body must be {asOf, bundle}", Map.of("body", "must be {asOf, bundle}"));
        }
        LocalDate asOf = asOf(request.path("asOf"));
        return careGaps.evaluate(bundles.read(request.get("bundle")), asOf);
    }

    private static LocalDate asOf(JsonNode node) {
        if (!node.isString()) {
            throw new InvalidRequest("asOf is required", Map.of("asOf", "required, as YYYY-MM-DD"));
        }
        try {
            return LocalDate.parse(node.asString());
        } catch (DateTimeParseException e) {
            throw new InvalidRequest("asOf is not a date", Map.of("asOf", "must be a date as YYYY-MM-DD"));
        }
    }
}
