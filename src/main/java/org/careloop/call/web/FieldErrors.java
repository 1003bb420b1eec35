package org.careloop.call.web;

import java.util.Map;

import org.careloop.InvalidRequest;
import org.springframework.ui.Model;

/** Puts a refusal's field messages in the model, so each one is shown beside its field. */
final class FieldErrors {

    private FieldErrors() {
    }

    static void show(Model model, InvalidRequest refusal) {
        model.addAttribute("errors", refusal.fields());
        model.addAttribute("errorSummary", refusal.getMessage());
    }

    static Map<String, String> none() {
        return Map.of();
    }
}
