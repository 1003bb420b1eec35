package org.careloop.patient.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careloop.patient.ClinicalRecord;
import org.careloop.patient.PatientAllergy;
import org.careloop.patient.PatientEncounter;
import org.careloop.patient.PatientFamilyHistory;
import org.careloop.patient.PatientImmunization;
import org.careloop.patient.PatientMedication;
import org.careloop.patient.PatientObservation;
import org.careloop.patient.PatientProblem;
import org.careloop.patient.PatientProcedure;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The clinical record of one patient, section by section, as received from their EHRs. */
@RestController
@RequestMapping("/api/patients/{id}")
@Tag(name = "Clinical record", description = "Problem list, allergies, medications and the rest of a patient's chart")
class ClinicalRecordController {

    private final ClinicalRecord record;

    ClinicalRecordController(ClinicalRecord record) {
        this.record = record;
    }

    @GetMapping("/conditions")
    @Operation(summary = "The problem list, active and resolved, newest onset first")
    List<PatientProblem> conditions(@PathVariable UUID id) {
        return record.problems(id);
    }

    @GetMapping("/allergies")
    List<PatientAllergy> allergies(@PathVariable UUID id) {
        return record.allergies(id);
    }

    @GetMapping("/medications")
    List<PatientMedication> medications(@PathVariable UUID id) {
        return record.medications(id);
    }

    @GetMapping("/immunizations")
    List<PatientImmunization> immunizations(@PathVariable UUID id) {
        return record.immunizations(id);
    }

    @GetMapping("/procedures")
    List<PatientProcedure> procedures(@PathVariable UUID id) {
        return record.procedures(id);
    }

    @GetMapping("/family-history")
    List<PatientFamilyHistory> familyHistory(@PathVariable UUID id) {
        return record.familyHistory(id);
    }

    @GetMapping("/encounters")
    @Operation(summary = "Encounters, most recent first")
    List<PatientEncounter> encounters(@PathVariable UUID id) {
        return record.encounters(id);
    }

    @GetMapping("/observations")
    @Operation(summary = "Observations newest first with their components; code (such as LOINC 4548-4) narrows them")
    List<PatientObservation> observations(@PathVariable UUID id, @RequestParam(required = false) String code) {
        return record.observations(id, code);
    }
}
