package org.careloop.caregap.web;

import java.util.List;

import org.careloop.caregap.CareGaps;
import org.careloop.caregap.GapStatus;
import org.careloop.caregap.engine.Measures;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The practice's care gaps on one page, by measure and patient, filtered by measure and status, with the CSV. */
@Controller
class CareGapsPage {

    private final CareGaps careGaps;
    private final Measures measures;

    CareGapsPage(CareGaps careGaps, Measures measures) {
        this.careGaps = careGaps;
        this.measures = measures;
    }

    @GetMapping("/care-gaps")
    String page(@RequestParam(required = false) String measure, @RequestParam(defaultValue = "DUE") String status,
                Model model) {
        String chosen = measure == null || measure.isBlank() ? null : measure;
        model.addAttribute("measures", measures.all());
        model.addAttribute("statuses", List.of(GapStatus.values()).stream().map(Enum::name).toList());
        model.addAttribute("measure", chosen);
        model.addAttribute("status", status.isBlank() ? null : status);
        model.addAttribute("rows", careGaps.report(chosen, CareGapController.status(status)));
        return "caregap/care-gaps";
    }
}
