package org.careloop.careplan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.patient.PatientProblem;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starting points for a care plan, kept as data under {@code careplan/templates/}: for a condition, the problem
 * (with its ICD-10-CM code), typical measurable goals and the usual interventions with who does them. Target and
 * due dates are relative to the day the plan starts. Adding a template is adding a JSON file.
 */
@Service
public class CarePlanTemplates {

    /** A template as stored. */
    record Template(String name, String title, List<Problem> problems, List<Goal> goals,
                    List<Intervention> interventions) {
    }

    record Problem(String key, String description, String conditionSystem, String conditionCode,
                   String expectedOutcome, Matches matches) {

        /** The entry of the patient's problem list this problem is about: the first active one that matches. */
        Optional<PatientProblem> onProblemList(List<PatientProblem> problemList) {
            return matches == null ? Optional.empty() : problemList.stream().filter(PatientProblem::active)
                    .filter(matches::includes).findFirst();
        }
    }

    /** Which problem-list entries mean the template's condition: ICD-10-CM code families and SNOMED CT codes. */
    record Matches(List<String> icd10Prefixes, List<String> snomedCodes) {

        boolean includes(PatientProblem problem) {
            return (problem.icd10Code() != null && icd10Prefixes.stream().anyMatch(problem.icd10Code()::startsWith))
                    || (problem.snomedCode() != null && snomedCodes.contains(problem.snomedCode()));
        }
    }

    record Goal(String problem, String description, String patientWords, GoalTarget target, int months) {
    }

    record Intervention(String problem, String description, ResponsibleParty responsibleParty, int days) {
    }

    /** What a care manager picks from: the template's name and title. */
    public record Choice(String name, String title) {
    }

    static final String ICD_10_CM = "http://hl7.org/fhir/sid/icd-10-cm";
    static final String SNOMED_CT = "http://snomed.info/sct";

    private final Map<String, Template> templates = new TreeMap<>();

    CarePlanTemplates(JsonMapper json) {
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver()
                    .getResources("classpath:careplan/templates/*.json")) {
                try (InputStream in = resource.getInputStream()) {
                    Template template = json.readValue(in, Template.class);
                    templates.put(template.name(), template);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the care plan templates", e);
        }
    }

    public List<Choice> choices() {
        return templates.values().stream().map(t -> new Choice(t.name(), t.title())).toList();
    }

    /**
     * The content of a new plan from the named templates, dated from {@code today}; unknown names are refused. A
     * template problem the patient has on their problem list is linked to that entry and takes its code.
     */
    public CarePlanContent content(List<String> names, LocalDate today, List<PatientProblem> problemList) {
        List<PlanProblem> problems = new ArrayList<>();
        List<PlanGoal> goals = new ArrayList<>();
        List<PlanIntervention> interventions = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Template template = templates.get(names.get(i));
            if (template == null) {
                throw new InvalidRequest("Unknown care plan template " + names.get(i), Map.of("templates[" + i + "]",
                        "must be one of " + String.join(", ", templates.keySet())));
            }
            Map<String, String> problemIds = new HashMap<>();
            template.problems().forEach(p -> {
                String id = UUID.randomUUID().toString();
                problemIds.put(p.key(), id);
                problems.add(p.onProblemList(problemList)
                        .map(listed -> new PlanProblem(id, p.description(),
                                listed.icd10Code() != null ? ICD_10_CM : SNOMED_CT,
                                listed.icd10Code() != null ? listed.icd10Code() : listed.snomedCode(), listed.id(), null,
                                p.expectedOutcome()))
                        .orElseGet(() -> new PlanProblem(id, p.description(), p.conditionSystem(), p.conditionCode(),
                                null, null, p.expectedOutcome())));
            });
            template.goals().forEach(g -> goals.add(new PlanGoal(UUID.randomUUID().toString(), problemIds.get(g.problem()),
                    g.description(), g.patientWords(), g.target(), today.plusMonths(g.months()), GoalStatus.PROPOSED,
                    GoalAchievement.IN_PROGRESS)));
            template.interventions().forEach(v -> interventions.add(new PlanIntervention(UUID.randomUUID().toString(),
                    problemIds.get(v.problem()), v.description(), v.responsibleParty(), null, today.plusDays(v.days()))));
        }
        return new CarePlanContent(problems, goals, interventions, List.of(), List.of(), List.of(), null);
    }
}
