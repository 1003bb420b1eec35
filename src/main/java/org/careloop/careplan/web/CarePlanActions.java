package org.careloop.careplan.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.RefusedTransition;
import org.careloop.careplan.CarePlanView;
import org.careloop.careplan.CarePlanning;
import org.careloop.careplan.CarePlans;
import org.careloop.careplan.CopyDelivery;
import org.careloop.careplan.CopyMethod;
import org.careloop.careplan.PatientCopies;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the care manager does with a finished plan: send it for sign-off, print the patient's copy, record it given. */
@Controller
class CarePlanActions {

    /** The copy-given form as posted; the date comes as text so a bad one is shown beside its field. */
    record CopyForm(String method, String givenOn, String to) {
    }

    private final CarePlanning planning;
    private final CarePlans plans;
    private final PatientCopies copies;
    private final CarePlanPage page;
    private final MessageSourceAccessor messages;

    CarePlanActions(CarePlanning planning, CarePlans plans, PatientCopies copies, CarePlanPage page,
                    MessageSource messages) {
        this.planning = planning;
        this.plans = plans;
        this.copies = copies;
        this.page = page;
        this.messages = new MessageSourceAccessor(messages);
    }

    @PostMapping("/care-plans/{id}/sign-off-request")
    String requestSignOff(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            planning.requestSignOff(id);
            redirect.addFlashAttribute("flash", messages.getMessage("careplan.signOff.sent"));
        } catch (RefusedTransition refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage());
        }
        return "redirect:/care-plans/" + id;
    }

    @GetMapping(value = "/care-plans/{id}/patient-copy.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> patientCopy(@PathVariable UUID id) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"care-plan-" + id + ".pdf\"")
                .contentType(MediaType.APPLICATION_PDF)
                .body(copies.pdf(id));
    }

    @PostMapping("/care-plans/{id}/copies")
    String copyGiven(@PathVariable UUID id, @RequestParam(required = false) String method,
                     @RequestParam(required = false) String givenOn, @RequestParam(required = false) String to,
                     Model model, RedirectAttributes redirect) {
        CopyForm form = new CopyForm(method, givenOn, to);
        Map<String, String> unreadable = new LinkedHashMap<>();
        LocalDate date = null;
        try {
            date = givenOn == null || givenOn.isBlank() ? null : LocalDate.parse(givenOn);
        } catch (DateTimeParseException e) {
            unreadable.put("givenOn", messages.getMessage("careplan.copy.badDate"));
        }
        CopyMethod chosen = Arrays.stream(CopyMethod.values()).filter(m -> m.name().equals(method)).findFirst()
                .orElse(null);
        try {
            if (!unreadable.isEmpty()) {
                throw new InvalidRequest("The copy cannot be recorded", unreadable);
            }
            planning.recordCopyGiven(id, new CopyDelivery(chosen, date, to));
            redirect.addFlashAttribute("flash", messages.getMessage("careplan.copy.recorded"));
            return "redirect:/care-plans/" + id;
        } catch (InvalidRequest invalid) {
            CarePlanView plan = plans.find(id);
            model.addAttribute("copyForm", form);
            model.addAttribute("copyErrors", invalid.fields());
            model.addAttribute("flashError", messages.getMessage("careplan.copy.notRecorded"));
            return page.editorPage(plan, CarePlanForm.of(plan), Map.of(), null, null, model);
        }
    }
}
