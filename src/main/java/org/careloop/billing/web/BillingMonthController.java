package org.careloop.billing.web;

import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.careloop.billing.BillingMonthStatement;
import org.careloop.billing.BillingMonths;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The billing month of a practice: preview, close, re-open, and the statement as JSON or CSV for billers. */
@RestController
@RequestMapping("/api/billing/months/{month}")
@Tag(name = "Billing")
class BillingMonthController {

    record StatementView(BillingMonthStatement statement, Map<String, Integer> unitsByCode) {
    }

    record ReopenForm(String reason) {
    }

    private final BillingMonths months;

    BillingMonthController(BillingMonths months) {
        this.months = months;
    }

    @GetMapping
    @Operation(summary = "The month's statement: the closed version, or a live preview while the month is open")
    StatementView statement(@PathVariable YearMonth month, @RequestParam UUID practice,
                            @RequestParam(required = false) Integer version) {
        BillingMonthStatement statement = months.statement(practice, month, version);
        return new StatementView(statement, statement.unitsByCode());
    }

    @PostMapping("/close")
    @Operation(summary = "Close the month: compute every enrolled patient's lines, lock the month's time entries, keep a statement version")
    StatementView close(@PathVariable YearMonth month, @RequestParam UUID practice) {
        BillingMonthStatement statement = months.close(practice, month);
        return new StatementView(statement, statement.unitsByCode());
    }

    @PostMapping("/reopen")
    @Operation(summary = "Re-open a closed month (administrators only; audited)")
    ResponseEntity<Void> reopen(@PathVariable YearMonth month, @RequestParam UUID practice, @RequestBody ReopenForm form) {
        months.reopen(practice, month, form.reason());
        return ResponseEntity.noContent().build();
    }

    @GetMapping(value = "/statement.csv", produces = "text/csv")
    @Operation(summary = "The statement as CSV for billers")
    ResponseEntity<byte[]> csv(@PathVariable YearMonth month, @RequestParam UUID practice,
                               @RequestParam(required = false) Integer version) {
        BillingMonthStatement statement = months.statement(practice, month, version);
        months.recordExport(statement);
        return StatementCsv.download(statement);
    }
}
