package org.careloop.timetracking.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.RefusedTransition;
import org.careloop.patient.PatientRecord;
import org.careloop.patient.PatientRegistry;
import org.careloop.program.CareProgram;
import org.careloop.timetracking.CareActivity;
import org.careloop.timetracking.LoggedTime;
import org.careloop.timetracking.NewTimeEntry;
import org.careloop.timetracking.NotClinicalStaff;
import org.careloop.timetracking.TimeDetails;
import org.careloop.timetracking.TimeLog;
import org.careloop.timetracking.TimeSpan;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Time logged by hand, for work outside a call: this month's entries, minutes per program, and a form whose
 * refusals (a field, an overlap with the caller's own time, a closed month) come back beside it.
 */
@Controller
class TimePage {

    private final TimeLog log;
    private final PatientRegistry registry;
    private final MessageSource messages;
    private final Clock clock;

    TimePage(TimeLog log, PatientRegistry registry, MessageSource messages, Clock clock) {
        this.log = log;
        this.registry = registry;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/patients/{id}/time")
    String page(@PathVariable UUID id, Model model) {
        PatientRecord patient = registry.find(id);
        model.addAttribute("patient", patient);
        model.addAttribute("month", log.month(id, null));
        model.addAttribute("programs", CareProgram.loggedInMinutes());
        model.addAttribute("activities", CareActivity.values());
        model.addAttribute("zone", clock.getZone());
        if (!model.containsAttribute("form")) {
            // the form starts at the minute it was opened, in the practice's time; the care manager sets when the work began
            ZonedDateTime start = ZonedDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
            model.addAttribute("form", Map.of("date", start.toLocalDate().toString(),
                    "startTime", start.toLocalTime().toString(), "minutes", "", "program", "CCM"));
            model.addAttribute("errors", Map.of());
        }
        return "timetracking/time";
    }

    @PostMapping("/patients/{id}/time")
    String logTime(@PathVariable UUID id, @RequestParam Map<String, String> form, RedirectAttributes flash,
                   Locale locale) {
        Map<String, String> problems = new LinkedHashMap<>();
        CareProgram program = choice(CareProgram.class, form.get("program"), "program", problems);
        if (program != null && !program.isLoggedInMinutes()) {
            problems.put("program", "time.error.program");
            program = null;
        }
        CareActivity activity = choice(CareActivity.class, form.get("activity"), "activity", problems);
        LocalDate date = null;
        LocalTime start = null;
        Integer minutes = null;
        try {
            date = LocalDate.parse(form.getOrDefault("date", ""));
        } catch (DateTimeParseException bad) {
            problems.put("date", "time.error.date");
        }
        try {
            start = LocalTime.parse(form.getOrDefault("startTime", ""));
        } catch (DateTimeParseException bad) {
            problems.put("startTime", "time.error.startTime");
        }
        try {
            minutes = Integer.valueOf(form.getOrDefault("minutes", "").trim());
            if (minutes < 1 || minutes > TimeSpan.MAX_MINUTES) {
                problems.put("minutes", "time.error.minutes");
            }
        } catch (NumberFormatException bad) {
            problems.put("minutes", "time.error.minutes");
        }
        if (problems.isEmpty()) {
            try {
                TimeSpan span = TimeSpan.ofMinutes(ZonedDateTime.of(date, start, clock.getZone()).toInstant(), minutes);
                String notes = form.get("notes") == null || form.get("notes").isBlank() ? null : form.get("notes").trim();
                LoggedTime logged = log.log(id, new NewTimeEntry(new TimeDetails(program, activity, span, null, notes),
                        false, null));
                flash.addFlashAttribute("flash", messages.getMessage("time.flash.logged",
                        new Object[] {logged.minutes(), logged.program()}, locale));
                return "redirect:/patients/" + id + "/time";
            } catch (InvalidRequest invalid) {
                invalid.fields().forEach((field, message) -> problems.put(formField(field), message));
            } catch (RefusedTransition | NotClinicalStaff refused) {
                flash.addFlashAttribute("timeError", refused.getMessage());
            }
        }
        flash.addFlashAttribute("errors", problems);
        flash.addFlashAttribute("form", new HashMap<>(form));
        return "redirect:/patients/" + id + "/time";
    }

    private static String formField(String field) {
        return switch (field) {
            case "startedAt", "endedAt" -> "startTime";
            default -> field;
        };
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, Map<String, String> problems) {
        try {
            return Enum.valueOf(type, value == null ? "" : value);
        } catch (IllegalArgumentException unknown) {
            problems.put(field, "time.error." + field);
            return null;
        }
    }
}
