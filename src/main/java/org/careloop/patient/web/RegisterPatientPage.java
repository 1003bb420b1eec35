package org.careloop.patient.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.identity.Callers;
import org.careloop.identity.Practice;
import org.careloop.identity.PracticeSelection;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.careloop.patient.PatientDetails;
import org.careloop.patient.PatientRecord;
import org.careloop.patient.PatientRegistry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Registering a patient in the practice chosen in the header; on success, on to their enrollment. */
@Controller
class RegisterPatientPage {

    static final List<String> SEXES = List.of("female", "male", "other", "unknown");

    private final PatientRegistry registry;
    private final PracticeSelection selection;
    private final Staff staff;
    private final Callers callers;

    RegisterPatientPage(PatientRegistry registry, PracticeSelection selection, Staff staff, Callers callers) {
        this.registry = registry;
        this.selection = selection;
        this.staff = staff;
        this.callers = callers;
    }

    @GetMapping("/patients/new")
    String form(Model model) {
        Practice practice = selection.current();
        model.addAttribute("practice", practice);
        model.addAttribute("careManagers", practice == null ? List.of()
                : staff.inPractice(practice.id(), Role.CARE_MANAGER));
        model.addAttribute("sexes", SEXES);
        if (!model.containsAttribute("form")) {
            Map<String, String> form = new HashMap<>();
            if (callers.current().hasRole(Role.CARE_MANAGER)) {
                form.put("assignedCareManagerId", callers.current().userId().toString());
            }
            model.addAttribute("form", form);
            model.addAttribute("errors", Map.of());
        }
        return "patient/register";
    }

    @PostMapping("/patients/new")
    String register(@RequestParam Map<String, String> form, RedirectAttributes flash) {
        Practice practice = selection.current();
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate birthDate = null;
        try {
            birthDate = blank(form.get("birthDate")) == null ? null : LocalDate.parse(form.get("birthDate").trim());
        } catch (DateTimeParseException bad) {
            problems.put("birthDate", "register.error.birthDate");
        }
        UUID careManager = null;
        try {
            careManager = blank(form.get("assignedCareManagerId")) == null ? null
                    : UUID.fromString(form.get("assignedCareManagerId"));
        } catch (IllegalArgumentException bad) {
            problems.put("assignedCareManagerId", "register.error.assignedCareManagerId");
        }
        if (problems.isEmpty()) {
            try {
                PatientRecord patient = registry.register(new PatientDetails(practice == null ? null : practice.id(),
                        null, blank(form.get("familyName")), blank(form.get("givenNames")), birthDate,
                        blank(form.get("sex")), null, blank(form.get("phone")), null, null,
                        blank(form.get("bestTimeToCall")), blank(form.get("preferredLanguage")), false, null,
                        careManager, null, null, null, blank(form.get("medicareId"))));
                flash.addFlashAttribute("registered", patient.familyName() + ", " + patient.givenNames());
                return "redirect:/patients/" + patient.id() + "/enrollment";
            } catch (InvalidRequest invalid) {
                invalid.fields().forEach((field, message) -> problems.put(field, "register.error." + field));
            }
        }
        flash.addFlashAttribute("errors", problems);
        flash.addFlashAttribute("form", new HashMap<>(form));
        return "redirect:/patients/new";
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
