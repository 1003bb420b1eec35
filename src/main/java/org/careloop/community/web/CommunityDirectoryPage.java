package org.careloop.community.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.careloop.InvalidRequest;
import org.careloop.community.CommunityDirectory;
import org.careloop.community.ServiceCategory;
import org.careloop.identity.MainNavigation;
import org.careloop.identity.PracticeSelection;
import org.careloop.identity.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The community resource directory for the care team: search the practice's services by need, ZIP code, language
 * and "open now", each result with the reasons for its place in the list.
 */
@Controller
@PreAuthorize("hasAnyRole('CARE_MANAGER', 'NURSE', 'PROVIDER', 'ADMIN')")
@MainNavigation(path = "/community", label = "nav.community",
        roles = {Role.CARE_MANAGER, Role.NURSE, Role.PROVIDER, Role.ADMIN}, order = 25)
class CommunityDirectoryPage {

    private final CommunityDirectory directory;
    private final PracticeSelection selection;

    CommunityDirectoryPage(CommunityDirectory directory, PracticeSelection selection) {
        this.directory = directory;
        this.selection = selection;
    }

    @GetMapping("/community")
    String search(@ModelAttribute("form") DirectorySearchForm form, Model model, HttpServletResponse response) {
        UUID practice = form.practice() == null ? selection.current().id() : form.practice();
        model.addAttribute("practices", selection.available());
        model.addAttribute("practice", practice);
        model.addAttribute("categories", ServiceCategory.values());
        model.addAttribute("errors", Map.of());
        try {
            model.addAttribute("results", directory.search(form.toSearch(practice)));
        } catch (InvalidRequest invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", invalid.fields());
            model.addAttribute("results", List.of());
        }
        return "community/directory";
    }
}
