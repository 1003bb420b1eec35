package org.careloop.enrollment.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletResponse;
import org.careloop.InvalidRequest;
import org.careloop.enrollment.ChronicConditionCatalogue;
import org.careloop.enrollment.ChronicConditionCode;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The chronic-condition catalogue for administrators: the codes by category, and a form to add one. */
@Controller
@RequestMapping("/admin/conditions")
@PreAuthorize("hasRole('ADMIN')")
class CataloguePage {

    /** The "add a code" form as typed. */
    record CodeForm(String system, String code, String display, String category) {
    }

    private final ChronicConditionCatalogue catalogue;
    private final MessageSource messages;

    CataloguePage(ChronicConditionCatalogue catalogue, MessageSource messages) {
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @GetMapping
    String catalogue(Model model) {
        return page(model, new CodeForm(ChronicConditionCode.SNOMED_CT, "", "", ""), Map.of());
    }

    @PostMapping
    String add(@ModelAttribute CodeForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            ChronicConditionCode added = catalogue.add(new ChronicConditionCode(form.system(), form.code(), form.display(),
                    form.category()));
            redirect.addFlashAttribute("flash", messages.getMessage("admin.condition.added",
                    new Object[] {added.code(), added.display(), added.category()}, LocaleContextHolder.getLocale()));
            return "redirect:/admin/conditions";
        } catch (InvalidRequest invalid) {
            Map<String, String> errors = new LinkedHashMap<>();
            invalid.fields().keySet().forEach(field -> errors.put(field, "admin.condition." + field + ".invalid"));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, form, errors);
        }
    }

    private String page(Model model, CodeForm form, Map<String, String> errors) {
        Map<String, List<ChronicConditionCode>> byCategory = new TreeMap<>();
        catalogue.codes().forEach(code -> byCategory.computeIfAbsent(code.category(), c -> new java.util.ArrayList<>()).add(code));
        model.addAttribute("byCategory", byCategory);
        model.addAttribute("systems", Map.of(ChronicConditionCode.SNOMED_CT, "SNOMED CT", ChronicConditionCode.ICD_10_CM, "ICD-10-CM"));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("firstError", errors.keySet().stream().findFirst().orElse(""));
        return "enrollment/catalogue";
    }
}
