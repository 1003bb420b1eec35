package org.careloop.enrollment.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careloop.enrollment.ChronicConditionCatalogue;
import org.careloop.enrollment.ChronicConditionCode;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The chronic-condition catalogue: anyone may read it, administrators extend it. */
@RestController
@RequestMapping("/api/chronic-conditions")
@Tag(name = "Enrollment")
class ChronicConditionController {

    private final ChronicConditionCatalogue catalogue;

    ChronicConditionController(ChronicConditionCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    @Operation(summary = "The codes that count as chronic conditions, by category")
    List<ChronicConditionCode> codes() {
        return catalogue.codes();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Add a SNOMED CT code or ICD-10-CM code prefix to a chronic category (administrators)")
    ChronicConditionCode add(@RequestBody ChronicConditionCode entry) {
        return catalogue.add(entry);
    }
}
