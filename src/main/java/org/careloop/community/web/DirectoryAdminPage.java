package org.careloop.community.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.careloop.InvalidRequest;
import org.careloop.StaleVersion;
import org.careloop.community.CommunityDirectory;
import org.careloop.community.CommunityService;
import org.careloop.community.DirectoryPackages;
import org.careloop.community.HsdsImportResult;
import org.careloop.community.ServiceCategory;
import org.careloop.community.ServiceChange;
import org.careloop.identity.PracticeSelection;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's community directory: import an HSDS package (zip), export the directory as one, and correct
 * a service (its intake e-mail, hours of truth, ZIP codes served, when it was last verified).
 */
@Controller
@RequestMapping("/admin/community")
@PreAuthorize("hasRole('ADMIN')")
class DirectoryAdminPage {

    /** A service's edit as typed: lists one per line or separated by commas, the date as text until checked. */
    record ServiceForm(Integer version, String name, String description, String email, String website, String status,
                       String eligibility, String fees, List<String> categories, String languages, String zipCodes,
                       String phones, String lastVerified) {

        static ServiceForm of(CommunityService service) {
            return new ServiceForm(service.version(), service.name(), service.description(), service.email(),
                    service.website(), service.status(), service.eligibility(), service.fees(),
                    service.categories().stream().map(ServiceCategory::code).toList(),
                    String.join(", ", service.languages()), String.join(" ", service.zipCodes()),
                    String.join("\n", service.phones()),
                    service.lastVerified() == null ? null : service.lastVerified().toString());
        }

        ServiceChange toChange(Map<String, String> problems) {
            LocalDate verified = null;
            if (lastVerified != null && !lastVerified.isBlank()) {
                try {
                    verified = LocalDate.parse(lastVerified.trim());
                } catch (DateTimeParseException e) {
                    problems.put("lastVerified", "must be a date, such as 2026-05-01");
                }
            }
            return new ServiceChange(version, name, description, email, website, status, eligibility, fees,
                    categories, split(languages, "[,;\\n]+"), split(zipCodes, "[,;\\s]+"), split(phones, "\\n+"), verified);
        }

        private static List<String> split(String text, String separators) {
            return text == null ? List.of() : Arrays.stream(text.split(separators)).map(String::trim)
                    .filter(part -> !part.isEmpty()).toList();
        }
    }

    private final CommunityDirectory directory;
    private final DirectoryPackages packages;
    private final PracticeSelection selection;
    private final MessageSource messages;

    DirectoryAdminPage(CommunityDirectory directory, DirectoryPackages packages, PracticeSelection selection,
                       MessageSource messages) {
        this.directory = directory;
        this.packages = packages;
        this.selection = selection;
        this.messages = messages;
    }

    @GetMapping
    String page(@RequestParam(required = false) UUID practice, Model model) {
        return page(model, practice == null ? selection.current().id() : practice, null);
    }

    @PostMapping("/import")
    String importPackage(@RequestParam UUID practice, @RequestParam(required = false) MultipartFile file, Model model,
                         HttpServletResponse response) throws IOException {
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("fileError", text("community.admin.file.required"));
            return page(model, practice, null);
        }
        HsdsImportResult result;
        try (InputStream in = file.getInputStream()) {
            result = packages.importZip(practice, in);
        }
        if (!result.imported()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return page(model, practice, result);
    }

    @GetMapping("/export.zip")
    ResponseEntity<byte[]> exportPackage(@RequestParam UUID practice) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"community-directory-hsds.zip\"")
                .contentType(MediaType.parseMediaType("application/zip")).body(packages.exportZip(practice));
    }

    @GetMapping("/services/{serviceId}")
    String service(@PathVariable UUID serviceId, Model model) {
        CommunityService service = directory.find(serviceId);
        return form(model, service, ServiceForm.of(service), Map.of());
    }

    @PostMapping("/services/{serviceId}")
    String revise(@PathVariable UUID serviceId, ServiceForm form, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        CommunityService service = directory.find(serviceId);
        Map<String, String> problems = new LinkedHashMap<>();
        ServiceChange change = form.toChange(problems);
        if (problems.isEmpty()) {
            try {
                CommunityService saved = directory.revise(serviceId, change);
                redirect.addFlashAttribute("flash", text("community.admin.saved", saved.name()));
                return "redirect:/admin/community?practice=" + saved.practiceId();
            } catch (InvalidRequest invalid) {
                problems.putAll(invalid.fields());
            } catch (StaleVersion stale) {
                problems.put("version", stale.getMessage());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(model, service, form, problems);
    }

    private String form(Model model, CommunityService service, ServiceForm form, Map<String, String> problems) {
        model.addAttribute("service", service);
        model.addAttribute("form", form);
        model.addAttribute("errors", problems);
        model.addAttribute("categories", ServiceCategory.values());
        model.addAttribute("statuses", org.careloop.community.internal.EntryRules.STATUSES);
        return "community/service-form";
    }

    private String page(Model model, UUID practice, HsdsImportResult result) {
        model.addAttribute("practices", selection.available());
        model.addAttribute("practice", practice);
        model.addAttribute("services", directory.entries(practice));
        model.addAttribute("organizations", directory.organizations(practice));
        model.addAttribute("locations", directory.locations(practice));
        model.addAttribute("result", result);
        return "community/admin";
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
