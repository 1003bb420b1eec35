package org.careloop.billing.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careloop.billing.ClaimDiagnoses;
import org.careloop.billing.FeeSchedule;
import org.careloop.billing.ProblemDiagnosis;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What claims carry besides the codes: the practice's fee schedule and the biller's ICD-10-CM choices. */
@RestController
@RequestMapping("/api/billing")
@Tag(name = "Billing")
class ClaimSettingsController {

    record FeeForm(Long cents, LocalDate effectiveFrom) {
    }

    record DiagnosisForm(String icd10Code) {
    }

    private final FeeSchedule fees;
    private final ClaimDiagnoses diagnoses;

    ClaimSettingsController(FeeSchedule fees, ClaimDiagnoses diagnoses) {
        this.fees = fees;
        this.diagnoses = diagnoses;
    }

    @GetMapping("/fees")
    @Operation(summary = "The practice's fee schedule: cents per unit of each code, from a day on")
    List<FeeSchedule.Fee> fees(@RequestParam UUID practice) {
        return fees.fees(practice);
    }

    @PutMapping("/fees/{cpt}")
    @Operation(summary = "Set the fee of a code (administrators); without effectiveFrom it applies to every date of service")
    FeeSchedule.Fee setFee(@PathVariable String cpt, @RequestParam UUID practice, @RequestBody FeeForm form) {
        return fees.set(practice, cpt, form.cents(), form.effectiveFrom());
    }

    @PutMapping("/diagnoses/{patientId}/{snomedCode}")
    @Operation(summary = "Choose the ICD-10-CM code of a patient's problem where the map offers several (billers)")
    ProblemDiagnosis choose(@PathVariable UUID patientId, @PathVariable String snomedCode, @RequestParam UUID practice,
                            @RequestBody DiagnosisForm form) {
        return diagnoses.choose(practice, patientId, snomedCode, form.icd10Code());
    }
}
