package org.careloop.careplan.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.careplan.CarePlanRevision;
import org.careloop.careplan.CarePlanView;
import org.careloop.careplan.GoalAchievement;
import org.careloop.careplan.GoalStatus;
import org.careloop.careplan.GoalTarget;
import org.careloop.careplan.PlanGoal;
import org.careloop.careplan.PlanIntervention;
import org.careloop.careplan.PlanProblem;
import org.careloop.careplan.ResponsibleParty;
import org.springframework.util.MultiValueMap;

/**
 * The care plan editor's form: every problem, goal and intervention as a row of text fields (plus one empty row per
 * section to add one), and the barriers one per line. Rows left entirely empty are ignored. Problems found in the
 * plan are reported against the row the care manager sees, such as {@code goals[2].target.value}.
 */
record CarePlanForm(Integer basedOnVersion, String note, List<ProblemRow> problems, List<GoalRow> goals,
                    List<InterventionRow> interventions, String barriers) {

    record ProblemRow(String id, String description, String conditionSystem, String conditionCode,
                      String conditionId, String sdohDomain, String expectedOutcome) {
        boolean empty() {
            return id == null && description == null && expectedOutcome == null;
        }
    }

    record GoalRow(String id, String problemId, String description, String patientWords, String measure,
                   String comparator, String value, String unit, String targetDate, String status, String achievement) {
        boolean empty() {
            return id == null && description == null && patientWords == null && measure == null && comparator == null
                    && value == null && unit == null && targetDate == null;
        }
    }

    record InterventionRow(String id, String problemId, String description, String responsibleParty,
                           String responsibleName, String dueOn) {
        boolean empty() {
            return id == null && description == null && responsibleParty == null && responsibleName == null
                    && dueOn == null;
        }
    }

    /** The plan as it stands, with an empty row in each section for adding one. */
    static CarePlanForm of(CarePlanView plan) {
        List<ProblemRow> problems = new ArrayList<>(plan.content().problems().stream().map(p -> new ProblemRow(p.id(),
                p.description(), p.conditionSystem(), p.conditionCode(),
                p.conditionId() == null ? null : p.conditionId().toString(), p.sdohDomain(), p.expectedOutcome())).toList());
        problems.add(new ProblemRow(null, null, null, null, null, null, null));
        List<GoalRow> goals = new ArrayList<>(plan.content().goals().stream().map(g -> new GoalRow(g.id(), g.problemId(),
                g.description(), g.patientWords(), g.target() == null ? null : g.target().measure(),
                g.target() == null ? null : g.target().comparator(), g.target() == null ? null : g.target().value(),
                g.target() == null ? null : g.target().unit(), g.targetDate() == null ? null : g.targetDate().toString(),
                g.status() == null ? null : g.status().name(),
                g.achievement() == null ? null : g.achievement().name())).toList());
        goals.add(new GoalRow(null, null, null, null, null, null, null, null, null, null, null));
        List<InterventionRow> interventions = new ArrayList<>(plan.content().interventions().stream()
                .map(i -> new InterventionRow(i.id(), i.problemId(), i.description(),
                        i.responsibleParty() == null ? null : i.responsibleParty().name(), i.responsibleName(),
                        i.dueOn() == null ? null : i.dueOn().toString())).toList());
        interventions.add(new InterventionRow(null, null, null, null, null, null));
        return new CarePlanForm(plan.version(), null, problems, goals, interventions,
                String.join("\n", plan.content().barriers()));
    }

    /** What the browser posted, rows in the order shown. */
    static CarePlanForm from(MultiValueMap<String, String> params) {
        List<ProblemRow> problems = new ArrayList<>();
        for (int i = 0; params.containsKey("problems[" + i + "].description"); i++) {
            String at = "problems[" + i + "].";
            problems.add(new ProblemRow(text(params, at + "id"), text(params, at + "description"),
                    text(params, at + "conditionSystem"), text(params, at + "conditionCode"),
                    text(params, at + "conditionId"), text(params, at + "sdohDomain"), text(params, at + "expectedOutcome")));
        }
        List<GoalRow> goals = new ArrayList<>();
        for (int i = 0; params.containsKey("goals[" + i + "].description"); i++) {
            String at = "goals[" + i + "].";
            goals.add(new GoalRow(text(params, at + "id"), text(params, at + "problemId"), text(params, at + "description"),
                    text(params, at + "patientWords"), text(params, at + "measure"), text(params, at + "comparator"),
                    text(params, at + "value"), text(params, at + "unit"), text(params, at + "targetDate"),
                    text(params, at + "status"), text(params, at + "achievement")));
        }
        List<InterventionRow> interventions = new ArrayList<>();
        for (int i = 0; params.containsKey("interventions[" + i + "].description"); i++) {
            String at = "interventions[" + i + "].";
            interventions.add(new InterventionRow(text(params, at + "id"), text(params, at + "problemId"),
                    text(params, at + "description"), text(params, at + "responsibleParty"),
                    text(params, at + "responsibleName"), text(params, at + "dueOn")));
        }
        String version = text(params, "basedOnVersion");
        Integer basedOn;
        try {
            basedOn = version == null ? null : Integer.valueOf(version);
        } catch (NumberFormatException e) {
            basedOn = null;
        }
        return new CarePlanForm(basedOn, text(params, "note"), problems, goals, interventions, text(params, "barriers"));
    }

    /** The revision to send; rows that cannot be read are refused here, naming their row. */
    Converted toRevision() {
        Map<String, String> problemsFound = new LinkedHashMap<>();
        List<Integer> problemRows = new ArrayList<>();
        List<PlanProblem> planProblems = new ArrayList<>();
        for (int row = 0; row < problems.size(); row++) {
            ProblemRow p = problems.get(row);
            if (p.empty()) {
                continue;
            }
            problemRows.add(row);
            planProblems.add(new PlanProblem(p.id(), p.description(), p.conditionSystem(), p.conditionCode(),
                    uuid(p.conditionId()), p.sdohDomain(), p.expectedOutcome()));
        }
        List<Integer> goalRows = new ArrayList<>();
        List<PlanGoal> planGoals = new ArrayList<>();
        for (int row = 0; row < goals.size(); row++) {
            GoalRow g = goals.get(row);
            if (g.empty()) {
                continue;
            }
            goalRows.add(row);
            GoalTarget target = g.measure() == null && g.comparator() == null && g.value() == null && g.unit() == null
                    ? null : new GoalTarget(g.measure(), g.comparator(), g.value(), g.unit());
            planGoals.add(new PlanGoal(g.id(), g.problemId(), g.description(), g.patientWords(), target,
                    date(g.targetDate(), "goals[" + row + "].targetDate", problemsFound),
                    choice(GoalStatus.class, g.status()), choice(GoalAchievement.class, g.achievement())));
        }
        List<Integer> interventionRows = new ArrayList<>();
        List<PlanIntervention> planInterventions = new ArrayList<>();
        for (int row = 0; row < interventions.size(); row++) {
            InterventionRow i = interventions.get(row);
            if (i.empty()) {
                continue;
            }
            interventionRows.add(row);
            planInterventions.add(new PlanIntervention(i.id(), i.problemId(), i.description(),
                    choice(ResponsibleParty.class, i.responsibleParty()), i.responsibleName(),
                    date(i.dueOn(), "interventions[" + row + "].dueOn", problemsFound)));
        }
        if (!problemsFound.isEmpty()) {
            throw new InvalidRequest("Some fields cannot be read", problemsFound);
        }
        List<String> barrierLines = barriers == null ? List.of()
                : Arrays.stream(barriers.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
        return new Converted(new CarePlanRevision(basedOnVersion, note, planProblems, planGoals, planInterventions,
                barrierLines, null, null, null), Map.of("problems", problemRows, "goals", goalRows,
                "interventions", interventionRows));
    }

    /** The revision, and for each section which form row each item came from. */
    record Converted(CarePlanRevision revision, Map<String, List<Integer>> rows) {

        /** {@code goals[1].target.value} of the plan, as the form row the care manager sees. */
        Map<String, String> onRows(Map<String, String> fields) {
            Map<String, String> shown = new LinkedHashMap<>();
            fields.forEach((field, message) -> shown.put(onRow(field), message));
            return shown;
        }

        private String onRow(String field) {
            int open = field.indexOf('[');
            int close = field.indexOf(']');
            if (open < 0 || close < open) {
                return field;
            }
            List<Integer> sectionRows = rows.get(field.substring(0, open));
            try {
                int index = Integer.parseInt(field.substring(open + 1, close));
                if (sectionRows == null || index >= sectionRows.size()) {
                    return field;
                }
                return field.substring(0, open + 1) + sectionRows.get(index) + field.substring(close);
            } catch (NumberFormatException e) {
                return field;
            }
        }
    }

    private static String text(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalDate date(String value, String field, Map<String, String> problems) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.put(field, "must be a date such as 2027-03-31");
            return null;
        }
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
