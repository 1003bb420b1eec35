package org.careloop.careplansharing.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.careplan.CarePlanView;
import org.careloop.careplan.CarePlans;
import org.careloop.careplansharing.CarePlanShare;
import org.careloop.careplansharing.CarePlanShares;
import org.careloop.careplansharing.MailNotSent;
import org.careloop.careplansharing.ShareMethod;
import org.careloop.careplansharing.SharedPlan;
import org.careloop.directory.Directory;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sharing on the care plan page: the list "Shared with Dr Chen on Nov 30, 2026 by Maria Rivera (e-mail)" and the
 * form, loaded into the page with htmx; a practitioner looked up in the directory by name; the bundle of a FHIR share
 * downloaded again. Sharing answers with a redirect to the plan and a flash message.
 */
@Controller
class CarePlanSharePage {

    static final int DIRECTORY_MATCHES = 20;

    private final CarePlanShares shares;
    private final CarePlans plans;
    private final Directory directory;
    private final MessageSourceAccessor messages;
    private final java.time.Clock clock;

    CarePlanSharePage(CarePlanShares shares, CarePlans plans, Directory directory, MessageSource messages,
                      java.time.Clock clock) {
        this.shares = shares;
        this.plans = plans;
        this.directory = directory;
        this.messages = new MessageSourceAccessor(messages);
        this.clock = clock;
    }

    /** With htmx the card for the care plan page; without it, a page of its own. */
    @GetMapping("/care-plans/{planId}/shares")
    String list(@PathVariable UUID planId, @RequestHeader(value = "HX-Request", required = false) String htmx,
                Model model) {
        List<CarePlanShare> found = shares.forPlan(planId);
        model.addAttribute("planId", planId);
        model.addAttribute("shares", found);
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("methods", ShareMethod.values());
        return htmx == null ? "careplansharing/page" : "careplansharing/shares :: shares";
    }

    @GetMapping("/care-plans/{planId}/shares/directory")
    String practitioners(@PathVariable UUID planId, @RequestParam(required = false) String name, Model model) {
        plans.find(planId);
        model.addAttribute("practitioners", name == null || name.strip().length() < 2 ? List.of()
                : directory.practitionersNamed(name, DIRECTORY_MATCHES));
        model.addAttribute("searched", name != null && name.strip().length() >= 2);
        return "careplansharing/shares :: practitioners";
    }

    @PostMapping("/care-plans/{planId}/shares")
    String share(@PathVariable UUID planId, @RequestParam(required = false) String recipientName,
                 @RequestParam(required = false) String email, @RequestParam(required = false) UUID practitionerId,
                 @RequestParam(required = false) String method, RedirectAttributes redirect) {
        CarePlanView plan = plans.find(planId);
        try {
            SharedPlan shared = shares.share(plan.patientId(),
                    new ShareForm(planId, recipientName, email, practitionerId, method).toNewShare());
            redirect.addFlashAttribute("flash", messages.getMessage("sharing.shared." + shared.share().method(),
                    new Object[] {shared.share().recipientName()}));
        } catch (InvalidRequest invalid) {
            redirect.addFlashAttribute("flashError", messages.getMessage("sharing.refused", new Object[] {
                    String.join("; ", invalid.fields().entrySet().stream().map(problem -> messages.getMessage(
                            "sharing.field." + problem.getKey(), problem.getKey()) + " " + problem.getValue()).toList())}));
        } catch (MailNotSent notSent) {
            redirect.addFlashAttribute("flashError", notSent.getMessage());
        }
        return "redirect:/care-plans/" + planId + "#shares";
    }

    @GetMapping("/care-plans/{planId}/shares/{shareId}/bundle.json")
    ResponseEntity<String> bundle(@PathVariable UUID planId, @PathVariable UUID shareId) {
        String bundle = shares.bundle(shareId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("care-plan-" + planId + ".fhir.json", StandardCharsets.UTF_8).build().toString())
                .contentType(CarePlanShareController.FHIR_JSON).body(bundle);
    }
}
