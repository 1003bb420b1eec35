package org.careloop.chart.web;

import java.time.Clock;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.careloop.NotFound;
import org.careloop.careplan.CarePlanView;
import org.careloop.careplan.CarePlans;
import org.careloop.careplan.PatientCopies;
import org.careloop.identity.Callers;
import org.careloop.identity.Role;
import org.careloop.patient.PatientRecord;
import org.careloop.patient.PatientRegistry;
import org.careloop.wishes.PatientWishes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The patient chart: a header that stays in view and tabs loaded with htmx. Every tab has a real URL
 * ({@code /patients/{id}?tab=care-plan}); an htmx request gets only the tabs and the chosen panel. A patient of
 * another practice, and the audit tab for anyone but an administrator, answer with the not-found page.
 */
@Controller
class ChartPage {

    private static final Logger log = LoggerFactory.getLogger(ChartPage.class);

    private final PatientRegistry registry;
    private final ChartHeaders headers;
    private final TabContents tabs;
    private final CarePlans carePlans;
    private final PatientCopies copies;
    private final Callers callers;
    private final PatientWishes wishes;
    private final Clock clock;

    ChartPage(PatientRegistry registry, ChartHeaders headers, TabContents tabs, CarePlans carePlans,
              PatientCopies copies, Callers callers, PatientWishes wishes, Clock clock) {
        this.wishes = wishes;
        this.registry = registry;
        this.headers = headers;
        this.tabs = tabs;
        this.carePlans = carePlans;
        this.copies = copies;
        this.callers = callers;
        this.clock = clock;
    }

    @GetMapping("/patients/{id}")
    String chart(@PathVariable UUID id, @RequestParam(defaultValue = "summary") String tab,
                 @RequestHeader(value = "HX-Request", required = false) String htmx,
                 @RequestHeader(value = "HX-History-Restore-Request", required = false) String restore,
                 Model model, HttpServletResponse response) {
        long started = System.nanoTime();
        boolean admin = callers.current().hasRole(Role.ADMIN);
        ChartTab chosen = ChartTab.ofSlug(tab).filter(t -> admin || !t.adminOnly()).orElse(null);
        PatientRecord patient;
        try {
            patient = registry.find(id);
        } catch (NotFound notFound) {
            return notFound(response);
        }
        if (chosen == null) {
            return notFound(response);
        }
        boolean panelOnly = "true".equals(htmx) && !"true".equals(restore);
        if (!panelOnly) {
            model.addAttribute("header", headers.of(patient));
            model.addAttribute("medicareId", patient.medicareId());
            model.addAttribute("wishes", wishes.of(id));
        }
        model.addAttribute("patientId", id);
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("today", java.time.LocalDate.now(clock));
        model.addAttribute("tabs", ChartTab.visible(admin));
        model.addAttribute("tab", chosen);
        model.addAllAttributes(tabs.of(chosen, patient));
        log.debug("chart {} tab {} assembled in {} ms", id, chosen.slug(), (System.nanoTime() - started) / 1_000_000);
        return panelOnly ? "chart/panels :: chartBody" : "chart/chart";
    }

    /** The patient's copy of a care plan, for the documents tab (the session's way to the PDF the API serves). */
    @GetMapping("/patients/{id}/care-plans/{planId}/patient-copy.pdf")
    ResponseEntity<byte[]> patientCopy(@PathVariable UUID id, @PathVariable UUID planId) {
        CarePlanView plan = carePlans.find(planId);
        if (!plan.patientId().equals(id)) {
            throw new NotFound("No care plan " + planId + " for patient " + id);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"care-plan-" + planId + ".pdf\"")
                .contentType(MediaType.APPLICATION_PDF)
                .body(copies.pdf(planId));
    }

    private static String notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "error/404";
    }
}
