package org.careloop.medication.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careloop.medication.CurrentMedications;
import org.careloop.medication.MedicationList;
import org.careloop.medication.MedicationLists;
import org.careloop.medication.MedicationReconciliation;
import org.careloop.medication.Reconciliation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Medication lists over JSON: the current list with its warnings, reconciling it into a signed list, the history. */
@RestController
@Tag(name = "Medications", description = "Medication reconciliation: current list, duplicate-therapy and refill warnings, signed lists")
class MedicationController {

    private final MedicationLists lists;
    private final MedicationReconciliation reconciliation;

    MedicationController(MedicationLists lists, MedicationReconciliation reconciliation) {
        this.lists = lists;
        this.reconciliation = reconciliation;
    }

    @GetMapping("/api/patients/{id}/medication-list")
    @Operation(summary = "The current medication list (last signed list plus EHR prescriptions not yet reviewed) with "
            + "its warnings; version is the list a reconciliation must be based on")
    CurrentMedications current(@PathVariable UUID id) {
        return lists.current(id);
    }

    @PostMapping("/api/patients/{id}/medication-reconciliations")
    @Operation(summary = "Reconcile the current list: one answer per medication, the medications the patient reports, "
            + "optional minutes logged as medication-reconciliation time. Answers the signed list; 409 when version is stale")
    ResponseEntity<MedicationList> reconcile(@PathVariable UUID id, @RequestBody Reconciliation request) {
        MedicationList signed = reconciliation.reconcile(id, request);
        return ResponseEntity.created(URI.create("/api/patients/" + id + "/medication-lists#" + signed.number()))
                .body(signed);
    }

    @GetMapping("/api/patients/{id}/medication-lists")
    @Operation(summary = "Every signed medication list of the patient, newest (current) first, with the answers")
    List<MedicationList> history(@PathVariable UUID id) {
        return lists.history(id);
    }
}
