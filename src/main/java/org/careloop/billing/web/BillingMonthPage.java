package org.careloop.billing.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.RefusedTransition;
import org.careloop.billing.BillingMonthStatement;
import org.careloop.billing.BillingMonths;
import org.careloop.billing.ClaimDiagnoses;
import org.careloop.billing.ProblemDiagnosis;
import org.careloop.billing.Thresholds;
import org.careloop.identity.MainNavigation;
import org.careloop.identity.Practice;
import org.careloop.identity.PracticeSelection;
import org.careloop.identity.Role;
import org.careloop.patient.PatientRecord;
import org.careloop.patient.PatientRegistry;
import org.careloop.program.CareProgram;
import org.careloop.timetracking.TimeLedger;
import org.careloop.timetracking.TimeLog;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The biller's month: every enrolled patient's minutes, codes and reasons, who is close to a threshold, the totals
 * by code; closing the month, re-opening it (administrators) and downloading the statement as CSV.
 */
@MainNavigation(path = "/billing", label = "nav.billing", roles = {Role.BILLER, Role.ADMIN}, order = 30)
@Controller
@RequestMapping("/billing")
@PreAuthorize("hasAnyRole('BILLER', 'ADMIN')")
class BillingMonthPage {

    private final BillingMonths months;
    private final TimeLedger timeLedger;
    private final Thresholds thresholds;
    private final PracticeSelection selection;
    private final MessageSource messages;
    private final Clock clock;
    private final ClaimDiagnoses diagnoses;
    private final PatientRegistry registry;
    private final TimeLog timeLog;

    BillingMonthPage(BillingMonths months, TimeLedger timeLedger, Thresholds thresholds, PracticeSelection selection,
                     MessageSource messages, Clock clock, ClaimDiagnoses diagnoses, PatientRegistry registry,
                     TimeLog timeLog) {
        this.diagnoses = diagnoses;
        this.months = months;
        this.timeLedger = timeLedger;
        this.thresholds = thresholds;
        this.selection = selection;
        this.messages = messages;
        this.clock = clock;
        this.registry = registry;
        this.timeLog = timeLog;
    }

    @GetMapping
    String month(@RequestParam(required = false) YearMonth month, @RequestParam(required = false) UUID practice,
                 Model model) {
        Practice chosen = practice != null ? selection.choose(practice) : selection.current();
        YearMonth shown = month != null ? month : YearMonth.now(clock);
        BillingMonthStatement statement = months.statement(chosen.id(), shown, null);
        model.addAttribute("practice", chosen);
        model.addAttribute("practices", selection.available());
        model.addAttribute("month", shown);
        model.addAttribute("withinReach", MonthOverview.WITHIN_REACH);
        MonthOverview overview = MonthOverview.of(statement, timeLedger.entriesIn(chosen.id(), shown), thresholds);
        model.addAttribute("overview", overview);
        model.addAttribute("diagnoses", overview.closed() ? java.util.Map.of()
                : diagnoses.of(chosen.id(), overview.patients().stream().map(MonthOverview.PatientRow::patientId).toList()));
        return "billing/month";
    }

    @PostMapping("/{month}/close")
    String close(@PathVariable YearMonth month, @RequestParam UUID practice, RedirectAttributes redirect) {
        try {
            BillingMonthStatement closed = months.close(practice, month);
            redirect.addFlashAttribute("flash", text("billing.closed", monthName(month), closed.version(), closed.lines().size()));
        } catch (RefusedTransition | InvalidRequest refused) {
            redirect.addFlashAttribute("flashError", refused instanceof InvalidRequest invalid && !invalid.fields().isEmpty()
                    ? String.join("; ", invalid.fields().values()) : refused.getMessage());
        }
        return back(month, practice);
    }

    @PostMapping("/{month}/reopen")
    @PreAuthorize("hasRole('ADMIN')")
    String reopen(@PathVariable YearMonth month, @RequestParam UUID practice,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        if (reason == null || reason.isBlank()) {
            redirect.addFlashAttribute("reopenError", text("billing.reopen.reasonRequired"));
            return back(month, practice);
        }
        try {
            months.reopen(practice, month, reason);
            redirect.addFlashAttribute("flash", text("billing.reopened", monthName(month)));
        } catch (RefusedTransition refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage());
        }
        return back(month, practice);
    }

    /** The biller chooses a problem's ICD-10-CM code where the map offers several. */
    @PostMapping("/{month}/diagnosis")
    String chooseDiagnosis(@PathVariable YearMonth month, @RequestParam UUID practice, @RequestParam UUID patient,
                           @RequestParam String snomedCode, @RequestParam(required = false) String icd10Code,
                           RedirectAttributes redirect) {
        try {
            ProblemDiagnosis chosen = diagnoses.choose(practice, patient, snomedCode, icd10Code);
            redirect.addFlashAttribute("flash", text("billing.diagnosis.chosen", chosen.icd10Code(), chosen.problem()));
        } catch (InvalidRequest invalid) {
            redirect.addFlashAttribute("flashError", String.join("; ", invalid.fields().values()));
        }
        return back(month, practice);
    }

    /**
     * The documentation behind a patient's billed lines: the month's time entries (who, when, what, how long). A
     * biller sees this instead of the chart; reading it is audited like any patient data.
     */
    @GetMapping("/{month}/patients/{id}")
    String documentation(@PathVariable YearMonth month, @PathVariable UUID id, Model model) {
        PatientRecord patient = registry.find(id);
        model.addAttribute("patient", patient);
        model.addAttribute("month", month);
        model.addAttribute("time", timeLog.month(id, month));
        model.addAttribute("programs", CareProgram.loggedInMinutes());
        return "billing/documentation";
    }

    /** The same CSV as the API's, through the signed-in session; the download is recorded as an export. */
    @GetMapping("/{month}/statement.csv")
    ResponseEntity<byte[]> csv(@PathVariable YearMonth month, @RequestParam UUID practice,
                               @RequestParam(required = false) Integer version) {
        BillingMonthStatement statement = months.statement(practice, month, version);
        months.recordExport(statement);
        return StatementCsv.download(statement);
    }

    private static String back(YearMonth month, UUID practice) {
        return "redirect:/billing?month=" + month + "&practice=" + practice;
    }

    private static String monthName(YearMonth month) {
        return month.format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", LocaleContextHolder.getLocale()));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
