package org.careloop.careplan.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.RefusedTransition;
import org.careloop.StaleVersion;
import org.careloop.careplan.CarePlanView;
import org.careloop.careplan.CarePlanning;
import org.careloop.careplan.CarePlans;
import org.careloop.careplan.CopyDelivery;
import org.careloop.careplan.CopyMethod;
import org.careloop.careplan.PatientCopies;
import org.careloop.careplan.PlanReview;
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

/**
 * What the care team does with a plan beside editing it: send it for sign-off, sign it (providers of the practice,
 * the same rule as the inbox), record the periodic review, print the patient's copy and record it given.
 */
@Controller
class CarePlanActions {

    /** The copy-given form as posted; the date comes as text so a bad one is shown beside its field. */
    record CopyForm(String method, String givenOn, String to) {
    }

    /** The review form as posted; dates and the yes/no come as text so a bad one is shown beside its field. */
    record ReviewForm(String reviewedOn, String changed, String nextReviewOn, String note) {
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

    @PostMapping("/care-plans/{id}/signature")
    String sign(@PathVariable UUID id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        try {
            CarePlanView signed = planning.sign(id, version);
            redirect.addFlashAttribute("flash", messages.getMessage("careplan.signOff.signed",
                    new Object[] {signed.lastSignature().version()}));
        } catch (RefusedTransition | StaleVersion | InvalidRequest refused) {
            redirect.addFlashAttribute("flashError", messages.getMessage("careplan.signOff.notSigned",
                    new Object[] {refused.getMessage()}));
        }
        return "redirect:/care-plans/" + id;
    }

    @PostMapping("/care-plans/{id}/reviews")
    String recordReview(@PathVariable UUID id, @RequestParam(required = false) Integer basedOnVersion,
                        @RequestParam(required = false) String reviewedOn,
                        @RequestParam(required = false) String changed,
                        @RequestParam(required = false) String nextReviewOn,
                        @RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
        ReviewForm form = new ReviewForm(reviewedOn, changed, nextReviewOn, note);
        Map<String, String> unreadable = new LinkedHashMap<>();
        LocalDate reviewed = date(reviewedOn, "reviewedOn", unreadable);
        LocalDate next = date(nextReviewOn, "nextReviewOn", unreadable);
        if (!"true".equals(changed) && !"false".equals(changed)) {
            unreadable.put("changed", messages.getMessage("careplan.review.error.changed"));
        }
        try {
            if (!unreadable.isEmpty()) {
                throw new InvalidRequest("The review cannot be recorded", unreadable);
            }
            planning.recordReview(id, new PlanReview(basedOnVersion, reviewed, Boolean.valueOf(changed), next, note));
            redirect.addFlashAttribute("flash", messages.getMessage("careplan.review.recorded"));
            return "redirect:/care-plans/" + id;
        } catch (StaleVersion stale) {
            redirect.addFlashAttribute("flashError", messages.getMessage("careplan.stale",
                    new Object[] {basedOnVersion, stale.currentVersion()}));
            return "redirect:/care-plans/" + id;
        } catch (InvalidRequest | RefusedTransition refused) {
            CarePlanView plan = plans.find(id);
            model.addAttribute("reviewForm", form);
            model.addAttribute("reviewErrors", refused instanceof InvalidRequest invalid ? invalid.fields() : Map.of());
            model.addAttribute("flashError", refused instanceof InvalidRequest
                    ? messages.getMessage("careplan.review.notRecorded") : refused.getMessage());
            return page.editorPage(plan, CarePlanForm.of(plan), Map.of(), null, null, model);
        }
    }

    private LocalDate date(String text, String field, Map<String, String> unreadable) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            unreadable.put(field, messages.getMessage("careplan.copy.badDate"));
            return null;
        }
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
        LocalDate date = date(givenOn, "givenOn", unreadable);
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
