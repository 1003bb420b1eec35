package org.careloop.referral.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.careloop.InvalidRequest;
import org.careloop.RefusedTransition;
import org.careloop.community.CommunityDirectory;
import org.careloop.community.CommunityService;
import org.careloop.community.ServiceCategory;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.careloop.patient.PatientRecord;
import org.careloop.patient.PatientRegistry;
import org.careloop.referral.NeedSuggestions;
import org.careloop.referral.NewReferral;
import org.careloop.referral.ReferralNotSent;
import org.careloop.referral.ReferralView;
import org.careloop.referral.Referrals;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A patient's referrals on the pages: the suggestions the chart and the call page load (open needs, the best
 * services beside each, referrals so far), and the referral form, sent by e-mail or printed.
 */
@Controller
class PatientReferralPages {

    private final NeedSuggestions suggestions;
    private final Referrals referrals;
    private final PatientRegistry patients;
    private final CommunityDirectory directory;
    private final Staff staff;
    private final MessageSource messages;
    private final Clock clock;

    PatientReferralPages(NeedSuggestions suggestions, Referrals referrals, PatientRegistry patients,
                         CommunityDirectory directory, Staff staff, MessageSource messages, Clock clock) {
        this.suggestions = suggestions;
        this.referrals = referrals;
        this.patients = patients;
        this.directory = directory;
        this.staff = staff;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/patients/{id}/community-suggestions")
    String suggestions(@PathVariable UUID id, Model model) {
        model.addAttribute("suggestions", suggestions.forPatient(id));
        return "referral/suggestions :: suggestions";
    }

    @GetMapping("/patients/{id}/referrals/new")
    String form(@PathVariable UUID id, @RequestParam(required = false) UUID service,
                @RequestParam(required = false) String need, Model model) {
        return form(model, id, ReferralForm.blank(need, service, LocalDate.now(clock)), Map.of());
    }

    @PostMapping("/patients/{id}/referrals")
    String refer(@PathVariable UUID id, ReferralForm form, Model model, RedirectAttributes redirect,
                 HttpServletResponse response) {
        Map<String, String> problems = new LinkedHashMap<>();
        NewReferral referral = form.toReferral(problems);
        if (problems.isEmpty()) {
            try {
                ReferralView sent = referrals.refer(id, referral);
                redirect.addFlashAttribute("flash", text(sent.delivery().name().equals("EMAIL")
                        ? "referral.sent.email" : "referral.sent.print", sent.organizationName(), sent.sentTo()));
                return "redirect:/referrals/" + sent.id();
            } catch (InvalidRequest invalid) {
                problems.putAll(invalid.fields());
            } catch (ReferralNotSent | RefusedTransition refused) {
                model.addAttribute("sendError", refused.getMessage());
            }
        }
        response.setStatus(model.containsAttribute("sendError") && problems.isEmpty()
                ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_BAD_REQUEST);
        return form(model, id, form, problems);
    }

    private String form(Model model, UUID patientId, ReferralForm form, Map<String, String> problems) {
        PatientRecord patient = patients.find(patientId);
        model.addAttribute("patient", patient);
        model.addAttribute("form", form);
        model.addAttribute("errors", problems);
        model.addAttribute("needs", suggestions.forPatient(patientId).needs());
        model.addAttribute("services", directory.entries(patient.practiceId()).stream()
                .filter(CommunityService::active).toList());
        model.addAttribute("categories", ServiceCategory.values());
        model.addAttribute("careManagers", staff.inPractice(patient.practiceId(), Role.CARE_MANAGER));
        model.addAttribute("chosenCareManager", form.careManagerId() != null ? form.careManagerId()
                : patient.assignedCareManagerId());
        return "referral/new";
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
