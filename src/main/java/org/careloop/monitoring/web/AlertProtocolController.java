package org.careloop.monitoring.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careloop.monitoring.AlertProtocol;
import org.careloop.monitoring.AlertProtocols;
import org.careloop.monitoring.ThresholdChange;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The alert protocols as they apply to a practice or a patient, and an admin's threshold adjustments. */
@RestController
@Tag(name = "Alert protocols")
class AlertProtocolController {

    private final AlertProtocols protocols;

    AlertProtocolController(AlertProtocols protocols) {
        this.protocols = protocols;
    }

    @GetMapping("/api/alert-protocols")
    @Operation(summary = "The protocols as they apply today to one of your practices (practiceId when you have several)")
    List<AlertProtocol> forPractice(@RequestParam(required = false) UUID practiceId) {
        return protocols.forPractice(practiceId);
    }

    @PutMapping("/api/alert-protocols")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Adjust a protocol's threshold for a practice from a day on (admin)")
    AlertProtocol adjustForPractice(@RequestParam(required = false) UUID practiceId, @RequestBody ThresholdChange change) {
        return protocols.adjustForPractice(practiceId, change);
    }

    @GetMapping("/api/patients/{patientId}/alert-thresholds")
    @Operation(summary = "The protocols as they apply today to the patient")
    List<AlertProtocol> forPatient(@PathVariable UUID patientId) {
        return protocols.forPatient(patientId);
    }

    @PutMapping("/api/patients/{patientId}/alert-thresholds")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Adjust a protocol's threshold for one patient from a day on (admin)")
    AlertProtocol adjustForPatient(@PathVariable UUID patientId, @RequestBody ThresholdChange change) {
        return protocols.adjustForPatient(patientId, change);
    }
}
