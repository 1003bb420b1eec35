package org.careloop.worklist.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.NotFound;
import org.careloop.RefusedTransition;
import org.careloop.StaleVersion;
import org.careloop.assessment.Assessments;
import org.careloop.assessment.FollowUpPlan;
import org.careloop.careplan.CarePlanView;
import org.careloop.careplan.CarePlanning;
import org.careloop.enrollment.Enrollment;
import org.careloop.enrollment.ProgramEnrollments;
import org.careloop.identity.Caller;
import org.careloop.identity.Callers;
import org.careloop.identity.MainNavigation;
import org.careloop.identity.Role;
import org.careloop.worklist.ProviderInbox;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The provider's home page: enrollments to attest, care plans to sign (signed right here, the version the provider
 * saw), positive screens to review with a follow-up plan, and open escalations in their practices. With htmx an action answers the refreshed inbox; without it,
 * a redirect with a flash message.
 */
@MainNavigation(path = "/inbox", label = "nav.inbox", roles = Role.PROVIDER, order = 20)
@Controller
class InboxPage {

    private final ProviderInbox inbox;
    private final CarePlanning planning;
    private final Assessments assessments;
    private final ProgramEnrollments enrollments;
    private final Callers callers;
    private final MessageSource messages;
    private final Clock clock;

    InboxPage(ProviderInbox inbox, CarePlanning planning, Assessments assessments, ProgramEnrollments enrollments,
              Callers callers, MessageSource messages, Clock clock) {
        this.enrollments = enrollments;
        this.inbox = inbox;
        this.planning = planning;
        this.assessments = assessments;
        this.callers = callers;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/inbox")
    String inbox(Model model) {
        show(provider(), model);
        return "worklist/inbox";
    }

    @PostMapping("/inbox/care-plans/{id}/signature")
    String sign(@PathVariable UUID id, @RequestParam int version,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                RedirectAttributes redirect) {
        provider();
        String message;
        boolean done;
        try {
            CarePlanView signed = planning.sign(id, version);
            message = text("inbox.plans.signed", signed.program(), version);
            done = true;
        } catch (RefusedTransition | StaleVersion | InvalidRequest | NotFound refused) {
            message = text("inbox.plans.refused", refused.getMessage());
            done = false;
        }
        return answer(message, done, htmx != null, model, redirect);
    }

    @PostMapping("/inbox/enrollments/{id}/attestation")
    String attest(@PathVariable UUID id, @RequestParam int version, @RequestParam(required = false) String note,
                  @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                  RedirectAttributes redirect) {
        provider();
        String message;
        boolean done;
        try {
            Enrollment attested = enrollments.attest(id, version, note);
            message = text("inbox.attestations.attested", attested.program(), attested.status().label());
            done = true;
        } catch (RefusedTransition | StaleVersion | InvalidRequest | NotFound refused) {
            message = text("inbox.attestations.refused", refused.getMessage());
            done = false;
        }
        return answer(message, done, htmx != null, model, redirect);
    }

    @PostMapping("/inbox/screens/{id}/review")
    String reviewed(@PathVariable UUID id, @RequestParam UUID patientId, @RequestParam(required = false) String plan,
                    @RequestParam(required = false) String choice,
                    @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                    RedirectAttributes redirect) {
        provider();
        String message;
        boolean done;
        try {
            assessments.followedUp(patientId, id, new FollowUpPlan(plan, choice(choice)));
            message = text("inbox.screens.reviewed");
            done = true;
        } catch (InvalidRequest invalid) {
            message = text("inbox.screens.planRequired");
            done = false;
        } catch (NotFound gone) {
            message = text("inbox.screens.gone");
            done = false;
        }
        return answer(message, done, htmx != null, model, redirect);
    }

    private static FollowUpPlan.Choice choice(String choice) {
        return Arrays.stream(FollowUpPlan.Choice.values()).filter(c -> c.name().equals(choice)).findFirst().orElse(null);
    }

    private String answer(String message, boolean done, boolean htmx, Model model, RedirectAttributes redirect) {
        if (!htmx) {
            redirect.addFlashAttribute(done ? "flash" : "flashError", message);
            return "redirect:/inbox";
        }
        model.addAttribute(done ? "inboxMessage" : "inboxError", message);
        show(callers.current(), model);
        return "worklist/inbox :: contents";
    }

    private void show(Caller provider, Model model) {
        model.addAttribute("inbox", inbox.forProvider(provider));
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("choices", FollowUpPlan.Choice.values());
    }

    /** Only providers have an inbox; anyone else is refused. */
    private Caller provider() {
        Caller caller = callers.current();
        if (!caller.hasRole(Role.PROVIDER)) {
            throw new AccessDeniedException("The inbox is for providers");
        }
        return caller;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
