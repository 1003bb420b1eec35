package org.careloop.education.web;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.careplan.CarePlanSummary;
import org.careloop.careplan.CarePlans;
import org.careloop.education.Education;
import org.careloop.education.EducationAssignment;
import org.careloop.education.EducationCopies;
import org.careloop.education.EducationLibrary;
import org.careloop.education.EducationMaterial;
import org.careloop.education.TaughtTo;
import org.careloop.education.TeachBack;
import org.careloop.education.TeachBackResult;
import org.careloop.patient.PatientRegistry;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the education panel shows, on its own page and inside the call page: the library to choose from (by topic),
 * the living care plans' interventions a material may serve, the materials waiting for a teach-back, and what was
 * taught. On a call ({@code call} context) no minutes are asked: the call's timer counts them.
 */
@Component
class EducationPanel {

    /** A care-plan intervention to pick: {@code value} is "planId|interventionId". */
    record InterventionChoice(String value, String label) {
    }

    /** One teach-back with the material it was about. */
    record Taught(EducationAssignment assignment, TeachBack teachBack) {
    }

    /** The teach-back form as posted, shown again beside its errors. */
    record TeachBackForm(UUID assignmentId, String taughtTo, String result, String note, String minutes) {
    }

    private final Education education;
    private final EducationLibrary library;
    private final EducationCopies copies;
    private final CarePlans carePlans;
    private final PatientRegistry patients;
    private final Clock clock;

    EducationPanel(Education education, EducationLibrary library, EducationCopies copies, CarePlans carePlans,
                   PatientRegistry patients, Clock clock) {
        this.education = education;
        this.library = library;
        this.copies = copies;
        this.carePlans = carePlans;
        this.patients = patients;
        this.clock = clock;
    }

    void fill(Model model, UUID patientId, String context, String chosenIntervention) {
        List<EducationAssignment> all = education.forPatient(patientId);
        Map<String, List<EducationMaterial>> byTopic = new LinkedHashMap<>();
        library.materials(null, null).forEach(m -> byTopic.computeIfAbsent(m.topic(), t -> new java.util.ArrayList<>()).add(m));
        model.addAttribute("patientId", patientId);
        model.addAttribute("panelContext", "call".equals(context) ? "call" : "page");
        model.addAttribute("materialsByTopic", byTopic);
        model.addAttribute("interventions", interventions(patientId));
        model.addAttribute("chosenIntervention", chosenIntervention);
        model.addAttribute("openAssignments", all.stream().filter(a -> a.status().open()).toList());
        model.addAttribute("taught", all.stream().flatMap(a -> a.teachBacks().stream().map(t -> new Taught(a, t)))
                .sorted(Comparator.comparing((Taught t) -> t.teachBack().taughtAt()).reversed()).toList());
        model.addAttribute("taughtTo", TaughtTo.values());
        model.addAttribute("results", TeachBackResult.values());
        model.addAttribute("patientEmail", patients.find(patientId).email());
        model.addAttribute("mailReady", copies.canEmail());
        model.addAttribute("zone", clock.getZone());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
    }

    private List<InterventionChoice> interventions(UUID patientId) {
        return carePlans.forPatient(patientId).stream().filter(p -> p.status().living()).map(CarePlanSummary::id)
                .map(carePlans::find)
                .flatMap(plan -> plan.content().interventions().stream().map(i -> new InterventionChoice(
                        plan.id() + "|" + i.id(), plan.program() + ": " + i.description())))
                .toList();
    }
}
