package org.careloop.patientlist.web;

import java.util.List;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.NotFound;
import org.careloop.identity.MainNavigation;
import org.careloop.identity.Practice;
import org.careloop.identity.PracticeSelection;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.careloop.patientlist.PatientList;
import org.careloop.program.CareProgram;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The patient list of the practice chosen in the header: one search box, the program and filter choices, 50
 * patients a page, and the care manager assigned to the patients ticked. Typing or choosing replaces only the
 * results (htmx), and the address keeps the search so the back button and a shared link show the same list.
 */
@MainNavigation(path = "/patients", label = "nav.patients",
        roles = {Role.CARE_MANAGER, Role.NURSE, Role.PROVIDER, Role.ADMIN}, order = 15)
@PreAuthorize("hasAnyRole('CARE_MANAGER', 'NURSE', 'PROVIDER', 'ADMIN')")
@Controller
class PatientListPage {

    static final int PAGE_SIZE = 50;
    static final String RESULTS = "patient-results";

    private final PatientList list;
    private final PracticeSelection selection;
    private final Staff staff;
    private final MessageSource messages;

    PatientListPage(PatientList list, PracticeSelection selection, Staff staff, MessageSource messages) {
        this.list = list;
        this.selection = selection;
        this.staff = staff;
        this.messages = messages;
    }

    @GetMapping("/patients")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String program,
                @RequestParam(required = false) List<String> filter, @RequestParam(defaultValue = "0") int page,
                @RequestHeader(value = "HX-Target", required = false) String target, Model model) {
        Practice practice = selection.current();
        ListParameters parameters = ListParameters.read(program, filter);
        PatientList.Page found = !parameters.problems().isEmpty() || practice == null
                ? new PatientList.Page(List.of(), 0, PAGE_SIZE, 0)
                : list.find(new PatientList.Request(q, null, null, null, parameters.program(), parameters.filters(),
                        practice.id()), Math.max(0, page), PAGE_SIZE);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("program", parameters.program());
        model.addAttribute("filters", parameters.filters().stream().map(ListParameters::slug).toList());
        model.addAttribute("problems", parameters.problems());
        model.addAttribute("found", found);
        model.addAttribute("careManagers", practice == null ? List.of() : staff.inPractice(practice.id(), Role.CARE_MANAGER));
        model.addAttribute("previous", found.page() > 0 ? address(q, program, filter, found.page() - 1) : null);
        model.addAttribute("next", found.hasNext() ? address(q, program, filter, found.page() + 1) : null);
        model.addAttribute("here", address(q, program, filter, found.page()));
        if (RESULTS.equals(target)) {
            return "patientlist/patients :: results";
        }
        model.addAttribute("practice", practice);
        model.addAttribute("programs", CareProgram.values());
        model.addAttribute("filterChoices", List.of(PatientList.Filter.values()).stream().map(ListParameters::slug).toList());
        return "patientlist/patients";
    }

    @PostMapping("/patients/care-manager")
    String assign(@RequestParam(name = "patientIds", required = false) List<UUID> patientIds,
                  @RequestParam(required = false) UUID careManagerId,
                  @RequestParam(defaultValue = "/patients") String back, RedirectAttributes flash) {
        try {
            List<UUID> assigned = list.assignCareManager(patientIds == null ? List.of() : patientIds, careManagerId);
            String name = staff.find(careManagerId).map(Staff.Person::displayName).orElse("");
            flash.addFlashAttribute("flash", text("patients.assign.done", assigned.size(), name));
        } catch (InvalidRequest invalid) {
            flash.addFlashAttribute("flashError", text(invalid.fields().containsKey("patientIds")
                    ? "patients.assign.nobody" : "patients.assign.notCareManager"));
        } catch (NotFound missing) {
            flash.addFlashAttribute("flashError", text("patients.assign.missing"));
        }
        return "redirect:" + (back.startsWith("/patients") && !back.startsWith("//") ? back : "/patients");
    }

    private static String address(String q, String program, List<String> filters, int page) {
        UriComponentsBuilder address = UriComponentsBuilder.fromPath("/patients");
        if (q != null && !q.isBlank()) {
            address.queryParam("q", q.trim());
        }
        if (program != null && !program.isBlank()) {
            address.queryParam("program", program);
        }
        (filters == null ? List.<String>of() : filters).stream().filter(f -> f != null && !f.isBlank())
                .forEach(f -> address.queryParam("filter", f));
        if (page > 0) {
            address.queryParam("page", page);
        }
        return address.encode().build().toUriString();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
