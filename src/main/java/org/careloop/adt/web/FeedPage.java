package org.careloop.adt.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.careloop.InvalidRequest;
import org.careloop.RefusedTransition;
import org.careloop.StaleVersion;
import org.careloop.adt.FeedSource;
import org.careloop.adt.FeedSourceDetails;
import org.careloop.adt.FeedSources;
import org.careloop.adt.HospitalFeed;
import org.careloop.adt.UnmatchedItem;
import org.careloop.identity.Callers;
import org.careloop.identity.PracticeSelection;
import org.careloop.identity.Practices;
import org.careloop.identity.Role;
import org.careloop.patient.PatientMatching;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The hospital feed of one practice: the work queue of messages no single patient matched, each with the patients it
 * might be about to choose from; the latest messages with the answer each got; and the registered senders, which an
 * administrator registers and revises here (as with {@code /api/adt/sources}).
 */
@Controller
@RequestMapping("/admin/adt")
@PreAuthorize("hasAnyRole('ADMIN', 'CARE_MANAGER')")
class FeedPage {

    /** A sender as typed on the page; {@code version} only when revising. */
    record SourceForm(UUID practice, UUID source, String name, String sendingApplication, String sendingFacility,
                      String assigningAuthority, String identifierSystem, Integer version) {
    }

    private final HospitalFeed feed;
    private final FeedSources sources;
    private final PatientMatching matching;
    private final PracticeSelection selection;
    private final Practices practices;
    private final Callers callers;
    private final MessageSource messages;

    FeedPage(HospitalFeed feed, FeedSources sources, PatientMatching matching, PracticeSelection selection,
             Practices practices, Callers callers, MessageSource messages) {
        this.feed = feed;
        this.sources = sources;
        this.matching = matching;
        this.selection = selection;
        this.practices = practices;
        this.callers = callers;
        this.messages = messages;
    }

    @GetMapping
    String feed(@RequestParam(required = false) UUID practice, Model model) {
        return page(model, practice == null ? selection.current().id() : practice, null, Map.of());
    }

    @PostMapping("/unmatched/{itemId}/match")
    String match(@PathVariable UUID itemId, @RequestParam UUID practice,
                 @RequestParam(required = false) UUID patientId, @RequestParam(required = false) Integer version,
                 RedirectAttributes redirect) {
        try {
            feed.match(itemId, patientId, version);
            redirect.addFlashAttribute("flash", text("adt.matched"));
        } catch (InvalidRequest invalid) {
            redirect.addFlashAttribute("flashError", text("adt.matchRefused") + " "
                    + String.join("; ", invalid.fields().entrySet().stream()
                    .map(e -> text("adt.field." + e.getKey()) + " " + e.getValue()).toList()));
        } catch (RefusedTransition | StaleVersion refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage());
        }
        return "redirect:/admin/adt?practice=" + practice;
    }

    @PostMapping("/sources")
    @PreAuthorize("hasRole('ADMIN')")
    String register(@ModelAttribute SourceForm form, Model model, RedirectAttributes redirect,
                    HttpServletResponse response) {
        return saved(form, model, redirect, response);
    }

    @PostMapping("/sources/{sourceId}")
    @PreAuthorize("hasRole('ADMIN')")
    String revise(@PathVariable UUID sourceId, @ModelAttribute SourceForm form, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        return saved(new SourceForm(form.practice(), sourceId, form.name(), form.sendingApplication(),
                form.sendingFacility(), form.assigningAuthority(), form.identifierSystem(), form.version()), model,
                redirect, response);
    }

    private String saved(SourceForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FeedSourceDetails details = new FeedSourceDetails(form.practice(), form.name(), form.sendingApplication(),
                form.sendingFacility(), form.assigningAuthority(), form.identifierSystem(), form.version());
        try {
            FeedSource saved = form.source() == null ? sources.register(details) : sources.revise(form.source(), details);
            redirect.addFlashAttribute("flash", text(form.source() == null ? "adt.registered" : "adt.revised",
                    saved.name(), saved.sender()));
            return "redirect:/admin/adt?practice=" + saved.practiceId();
        } catch (InvalidRequest invalid) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, form.practice(), form, invalid.fields());
        } catch (StaleVersion stale) {
            redirect.addFlashAttribute("flashError", stale.getMessage());
            return "redirect:/admin/adt?practice=" + form.practice();
        }
    }

    private String page(Model model, UUID practice, SourceForm form, Map<String, String> problems) {
        List<UnmatchedItem> items = feed.unmatched(practice);
        Map<UUID, List<PatientMatching.Candidate>> candidates = new LinkedHashMap<>();
        for (UnmatchedItem item : items) {
            candidates.put(item.id(), matching.resembling(practice, item.sentFamilyName(), item.sentBirthDate(),
                    item.sentMrn()));
        }
        model.addAttribute("practices", selection.available());
        model.addAttribute("practice", practice);
        model.addAttribute("zone", practices.zoneOf(practice));
        model.addAttribute("items", items);
        model.addAttribute("candidates", candidates);
        model.addAttribute("latest", feed.latest(practice));
        model.addAttribute("sources", sources.list(practice));
        model.addAttribute("administrator", callers.current().hasRole(Role.ADMIN));
        model.addAttribute("form", form);
        model.addAttribute("errors", problems);
        return "adt/feed";
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
