package org.careloop.chart.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.careloop.InvalidRequest;
import org.careloop.monitoring.Reading;
import org.careloop.monitoring.ReadingKind;
import org.careloop.monitoring.Readings;
import org.careloop.patient.PatientRegistry;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The chart's "Key in a reading" form: the care manager keys what the patient reads out on the phone (or the clinic
 * measured) and the reading is stored and judged against the alert protocols as through the API. Saved, the chart
 * is loaded again (the trend shows the new point, a closed care gap is gone); refused, the form comes back with each
 * message beside its field (without JavaScript, on the chart's banner).
 */
@Controller
class ReadingEntry {

    private final PatientRegistry registry;
    private final Readings readings;
    private final MessageSourceAccessor messages;
    private final Clock clock;

    ReadingEntry(PatientRegistry registry, Readings readings, MessageSource messages, Clock clock) {
        this.registry = registry;
        this.readings = readings;
        this.messages = new MessageSourceAccessor(messages);
        this.clock = clock;
    }

    @PostMapping("/patients/{id}/readings")
    String record(@PathVariable UUID id, @ModelAttribute ReadingForm form,
                  @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                  RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        registry.find(id); // another practice's patient is not found, whatever was typed
        String chart = "/patients/" + id + "?tab=summary";
        try {
            Reading saved = readings.record(id, form.reading(clock.getZone()));
            String words = saved(saved);
            if (htmx == null) {
                redirect.addFlashAttribute("flash", words);
                return "redirect:" + chart;
            }
            // htmx follows HX-Redirect with a full load, which shows the flash saved here
            RequestContextUtils.getOutputFlashMap(request).put("flash", words);
            RequestContextUtils.saveOutputFlashMap(chart, request, response);
            response.setHeader("HX-Redirect", chart);
            model.addAllAttributes(ReadingForm.model(ReadingForm.blank(clock), Map.of()));
        } catch (InvalidRequest invalid) {
            if (htmx == null) {
                redirect.addFlashAttribute("flashError", messages.getMessage("reading.refused",
                        new Object[] {fieldsInWords(invalid)}));
                return "redirect:" + chart;
            }
            model.addAllAttributes(ReadingForm.model(form, invalid.fields()));
            model.addAttribute("readingOpen", true);
        }
        model.addAttribute("patientId", id);
        return "chart/reading-entry :: readingEntry";
    }

    /** "Saved: blood pressure 128/78 mmHg, read out by the patient." and whether it raised an alert. */
    private String saved(Reading reading) {
        String value = reading.kind() == ReadingKind.BLOOD_PRESSURE
                ? reading.systolic().stripTrailingZeros().toPlainString() + "/"
                + reading.diastolic().stripTrailingZeros().toPlainString()
                : reading.value().stripTrailingZeros().toPlainString();
        String words = messages.getMessage("reading.saved", new Object[] {
                messages.getMessage("reading.kind." + reading.kind().name()), value, reading.unit(),
                messages.getMessage("reading.source." + reading.source().name())});
        return reading.alerts().isEmpty() ? words : words + " " + messages.getMessage("reading.saved.alert");
    }

    private String fieldsInWords(InvalidRequest invalid) {
        Map<String, String> fields = new LinkedHashMap<>(invalid.fields());
        return String.join("; ", fields.entrySet().stream()
                .map(e -> messages.getMessage("reading.field." + e.getKey(), e.getKey()) + " " + e.getValue()).toList());
    }
}
