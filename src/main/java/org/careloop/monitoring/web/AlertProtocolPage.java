package org.careloop.monitoring.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.careloop.InvalidRequest;
import org.careloop.identity.PracticeSelection;
import org.careloop.monitoring.AlertProtocol;
import org.careloop.monitoring.AlertProtocols;
import org.careloop.monitoring.ThresholdChange;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The alert protocols of one of the administrator's practices, each with a form to adjust its threshold from a day on
 * (the same adjustment as {@code PUT /api/alert-protocols}).
 */
@Controller
@RequestMapping("/admin/alert-protocols")
@PreAuthorize("hasRole('ADMIN')")
class AlertProtocolPage {

    /** One row's adjustment as typed; numbers and the date stay text until checked. */
    record AdjustForm(UUID practice, String code, String threshold, String threshold2, String effectiveFrom,
                      String note) {
    }

    private final AlertProtocols protocols;
    private final PracticeSelection selection;
    private final MessageSource messages;
    private final Clock clock;

    AlertProtocolPage(AlertProtocols protocols, PracticeSelection selection, MessageSource messages, Clock clock) {
        this.protocols = protocols;
        this.selection = selection;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String protocols(@RequestParam(required = false) UUID practice, Model model) {
        return page(model, practice == null ? selection.current().id() : practice, null, Map.of());
    }

    @PostMapping
    String adjust(@ModelAttribute AdjustForm form, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        UUID practice = form.practice() == null ? selection.current().id() : form.practice();
        Map<String, String> problems = new LinkedHashMap<>();
        BigDecimal threshold = number(form.threshold(), "threshold", problems);
        BigDecimal threshold2 = number(form.threshold2(), "threshold2", problems);
        LocalDate from = day(form.effectiveFrom(), problems);
        if (problems.isEmpty()) {
            try {
                AlertProtocol adjusted = protocols.adjustForPractice(practice,
                        new ThresholdChange(form.code(), threshold, threshold2, from, form.note()));
                redirect.addFlashAttribute("flash", text("alertProtocols.adjusted", adjusted.name(),
                        adjusted.thresholdText(), from == null ? LocalDate.now(clock) : from));
                return "redirect:/admin/alert-protocols?practice=" + practice;
            } catch (InvalidRequest invalid) {
                problems.putAll(invalid.fields());
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(model, practice, form, problems);
    }

    private String page(Model model, UUID practice, AdjustForm form, Map<String, String> problems) {
        model.addAttribute("practices", selection.available());
        model.addAttribute("practice", practice);
        model.addAttribute("protocols", protocols.forPractice(practice));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("form", form);
        model.addAttribute("errors", problems);
        return "monitoring/alert-protocols";
    }

    private static BigDecimal number(String typed, String field, Map<String, String> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(typed.trim());
        } catch (NumberFormatException e) {
            problems.put(field, "must be a number, such as 180");
            return null;
        }
    }

    private LocalDate day(String typed, Map<String, String> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.trim());
        } catch (DateTimeParseException e) {
            problems.put("effectiveFrom", "must be a date, such as " + LocalDate.now(clock));
            return null;
        }
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
