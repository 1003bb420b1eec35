package org.careloop.worklist.web;

import java.time.Clock;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.NotFound;
import org.careloop.RefusedTransition;
import org.careloop.StaleVersion;
import org.careloop.assessment.Assessments;
import org.careloop.audit.AuditChannel;
import org.careloop.careplan.CarePlanView;
import org.careloop.careplan.CarePlanning;
import org.careloop.identity.Caller;
import org.careloop.identity.Callers;
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
 * The provider's home page: care plans to sign (signed right here, the version the provider saw), positive screens
 * to review and open escalations in their practices. With htmx an action answers the refreshed inbox; without it,
 * a redirect with a flash message.
 */
@Controller
class InboxPage {

    private final ProviderInbox inbox;
    private final CarePlanning planning;
    private final Assessments assessments;
    private final Callers callers;
    private final MessageSource messages;
    private final Clock clock;

    InboxPage(ProviderInbox inbox, CarePlanning planning, Assessments assessments, Callers callers,
              MessageSource messages, Clock clock) {
        this.inbox = inbox;
        this.planning = planning;
        this.assessments = assessments;
        this.callers = callers;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/inbox")
    String inbox(Model model) {
        model.addAttribute("inbox", inbox.forProvider(provider(), AuditChannel.UI));
        model.addAttribute("zone", clock.getZone());
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

    @PostMapping("/inbox/screens/{id}/review")
    String reviewed(@PathVariable UUID id, @RequestParam UUID patientId,
                    @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                    RedirectAttributes redirect) {
        provider();
        String message;
        boolean done;
        try {
            assessments.followedUp(patientId, id, AuditChannel.UI);
            message = text("inbox.screens.reviewed");
            done = true;
        } catch (NotFound gone) {
            message = text("inbox.screens.gone");
            done = false;
        }
        return answer(message, done, htmx != null, model, redirect);
    }

    private String answer(String message, boolean done, boolean htmx, Model model, RedirectAttributes redirect) {
        if (!htmx) {
            redirect.addFlashAttribute(done ? "flash" : "flashError", message);
            return "redirect:/inbox";
        }
        model.addAttribute(done ? "inboxMessage" : "inboxError", message);
        model.addAttribute("inbox", inbox.forProvider(callers.current(), AuditChannel.UI));
        model.addAttribute("zone", clock.getZone());
        return "worklist/inbox :: contents";
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
