package org.careloop.billing.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careloop.InvalidRequest;
import org.careloop.billing.BillingEngine;
import org.careloop.billing.BillingResult;
import org.careloop.billing.PatientMonth;
import org.careloop.program.CareProgram;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What-if billing: the codes a patient-month earns under the rules of that month, with reasons. */
@RestController
@RequestMapping("/api/billing")
@Tag(name = "Billing")
class BillingEvaluationController {

    /** The request as sent; optional numbers and flags may be left out. */
    record PatientMonthForm(java.time.YearMonth month, PatientForm patient, List<EnrollmentForm> enrollments,
                            List<PatientMonth.LoggedTime> timeEntries, Integer deviceReadingDays,
                            List<PatientMonth.OtherService> otherServices) {

        PatientMonth toPatientMonth() {
            PatientForm facts = patient == null ? new PatientForm(0, false, null) : patient;
            return new PatientMonth(month, new PatientMonth.PatientFacts(
                    facts.chronicConditionCount() == null ? 0 : facts.chronicConditionCount(), Boolean.TRUE.equals(facts.qmb()),
                    facts.diedOn()),
                    enrollments == null ? List.of() : enrollments.stream().map(e -> e == null ? null
                            : new PatientMonth.EnrollmentFacts(e.program(), Boolean.TRUE.equals(e.complex()), e.consentDate(),
                            e.carePlanDate(), e.billingPractitioner(), e.startDate(), e.consentRevokedDate())).toList(),
                    timeEntries, deviceReadingDays == null ? 0 : deviceReadingDays, otherServices);
        }
    }

    record PatientForm(Integer chronicConditionCount, Boolean qmb, java.time.LocalDate diedOn) {
    }

    record EnrollmentForm(CareProgram program, Boolean complex, java.time.LocalDate consentDate,
                          java.time.LocalDate carePlanDate, String billingPractitioner, java.time.LocalDate startDate,
                          java.time.LocalDate consentRevokedDate) {
    }

    private final BillingEngine engine;

    BillingEvaluationController(BillingEngine engine) {
        this.engine = engine;
    }

    @PostMapping("/evaluate")
    @Operation(summary = "Evaluate one patient-month", description = "Pure evaluation: stores nothing. Returns claim "
            + "lines and the programs that are not billable, each explained in a sentence a biller understands.")
    BillingResult evaluate(@RequestBody PatientMonthForm form) {
        Map<String, String> empty = new LinkedHashMap<>();
        noEmptyItems(empty, "enrollments", form.enrollments());
        noEmptyItems(empty, "timeEntries", form.timeEntries());
        noEmptyItems(empty, "otherServices", form.otherServices());
        if (!empty.isEmpty()) {
            throw new InvalidRequest("The patient-month cannot be evaluated", empty);
        }
        PatientMonth month = form.toPatientMonth();
        Map<String, String> problems = problems(month);
        if (!problems.isEmpty()) {
            throw new InvalidRequest("The patient-month cannot be evaluated", problems);
        }
        return engine.evaluate(month);
    }

    /** {@code [null]} inside a list is a client mistake, named by its index. */
    private static void noEmptyItems(Map<String, String> problems, String list, List<?> items) {
        for (int i = 0; items != null && i < items.size(); i++) {
            if (items.get(i) == null) {
                problems.put(list + "[" + i + "]", "is empty");
            }
        }
    }

    private static Map<String, String> problems(PatientMonth month) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (month.month() == null) {
            problems.put("month", "is required, as yyyy-MM");
        }
        if (month.patient().chronicConditionCount() < 0) {
            problems.put("patient.chronicConditionCount", "must not be negative");
        }
        if (month.deviceReadingDays() < 0 || month.deviceReadingDays() > 31) {
            problems.put("deviceReadingDays", "must be between 0 and 31");
        }
        List<PatientMonth.EnrollmentFacts> enrollments = month.enrollments();
        for (int i = 0; i < enrollments.size(); i++) {
            if (enrollments.get(i) == null || enrollments.get(i).program() == null) {
                problems.put("enrollments[" + i + "].program", "is required: one of CCM, PCM, RPM, BHI, APCM");
            }
        }
        List<PatientMonth.LoggedTime> entries = month.timeEntries();
        for (int i = 0; i < entries.size(); i++) {
            PatientMonth.LoggedTime entry = entries.get(i);
            String at = "timeEntries[" + i + "]";
            if (entry == null) {
                problems.put(at, "is empty");
                continue;
            }
            if (entry.date() == null) {
                problems.put(at + ".date", "is required, as yyyy-MM-dd");
            }
            if (entry.minutes() <= 0 || entry.minutes() > 24 * 60) {
                problems.put(at + ".minutes", "must be between 1 and 1440");
            }
            if (entry.performer() == null) {
                problems.put(at + ".performer", "is required: CLINICAL_STAFF or BILLING_PRACTITIONER");
            }
            if (entry.program() == null) {
                problems.put(at + ".program", "is required: one of CCM, PCM, RPM, BHI, APCM");
            }
        }
        List<PatientMonth.OtherService> services = month.otherServices();
        for (int i = 0; i < services.size(); i++) {
            PatientMonth.OtherService service = services.get(i);
            if (service == null || service.code() == null || service.code().isBlank()) {
                problems.put("otherServices[" + i + "].code", "is required");
            } else if (service.date() == null) {
                problems.put("otherServices[" + i + "].date", "is required, as yyyy-MM-dd");
            }
        }
        return problems;
    }
}
