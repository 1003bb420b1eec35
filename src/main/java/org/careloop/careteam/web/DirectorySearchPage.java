package org.careloop.careteam.web;

import java.util.UUID;

import org.careloop.audit.AuditAction;
import org.careloop.directory.OrganizationDirectory;
import org.careloop.directory.PractitionerDirectory;
import org.careloop.patient.PatientGate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Finding an outside specialist, pharmacy or agency for a patient's care team: the directory searched by name,
 * specialty or organization, each hit with the role to add it in. With htmx the hits fill the care team tab;
 * without, they come as a page of their own.
 */
@Controller
class DirectorySearchPage {

    private final PractitionerDirectory practitioners;
    private final OrganizationDirectory organizations;
    private final PatientGate gate;

    DirectorySearchPage(PractitionerDirectory practitioners, OrganizationDirectory organizations, PatientGate gate) {
        this.practitioners = practitioners;
        this.organizations = organizations;
        this.gate = gate;
    }

    @GetMapping("/patients/{id}/care-team/directory")
    String search(@PathVariable UUID id, @RequestParam(required = false) String q,
                  @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        gate.check(id, AuditAction.READ, "CareTeamMember");
        String wanted = q == null ? "" : q.trim();
        model.addAttribute("patientId", id);
        model.addAttribute("q", wanted);
        model.addAttribute("standalone", htmx == null);
        model.addAttribute("practitioners", wanted.isEmpty() ? java.util.List.of() : practitioners.search(wanted, false));
        model.addAttribute("organizations", wanted.isEmpty() ? java.util.List.of()
                : organizations.search(wanted, null, false));
        return htmx == null ? "careteam/directory" : "careteam/directory :: results";
    }
}
