package org.careloop.chart.web;

import java.time.LocalDate;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.RefusedTransition;
import org.careloop.patient.DeathReport;
import org.careloop.patient.PatientRecord;
import org.careloop.patient.PatientRegistry;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The chart's "Record death" form: the registry records it (the same rules as the API) and the chart shows the
 * banner; a refusal comes back to the chart naming the field.
 */
@Controller
class DeathRecording {

    private final PatientRegistry registry;
    private final MessageSourceAccessor messages;

    DeathRecording(PatientRegistry registry, MessageSource messages) {
        this.registry = registry;
        this.messages = new MessageSourceAccessor(messages);
    }

    @PostMapping("/patients/{id}/death")
    String record(@PathVariable UUID id,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate diedOn,
                  @RequestParam(required = false) String source, @RequestParam(required = false) String note,
                  RedirectAttributes redirect) {
        try {
            PatientRecord recorded = registry.recordDeath(id, new DeathReport(diedOn, source, note));
            redirect.addFlashAttribute("flash", messages.getMessage("chart.death.recorded",
                    new Object[] {recorded.death().orElseThrow().banner()}));
        } catch (InvalidRequest invalid) {
            redirect.addFlashAttribute("flashError", invalid.getMessage() + ": " + String.join("; ",
                    invalid.fields().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
        } catch (RefusedTransition refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage());
        }
        return "redirect:/patients/" + id + "?tab=timeline";
    }
}
