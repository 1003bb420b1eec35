package org.careloop.careplansharing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.careloop.careplan.CarePlanContent;
import org.careloop.careplan.CarePlanView;
import org.careloop.careplan.PlanGoal;
import org.careloop.careplan.PlanIntervention;
import org.careloop.careplan.PlanProblem;
import org.careloop.patient.PatientRecord;

/**
 * The care plan as a colleague outside the practice reads it: whose plan, which version and who signed it, the
 * problems with their codes, the goals with their targets, who does what by when, what may get in the way, and
 * when the plan is next reviewed. The e-mail's text, its HTML and the attached PDF all say this (public for the
 * template that prints it).
 */
public record PlanSummary(String recipientName, String patientName, LocalDate birthDate, String practiceName,
                   String senderName, String program, int version, String status, String signedBy,
                   LocalDate signedOn, List<String> problems, List<String> goals, List<String> interventions,
                   List<String> barriers, List<String> strengths, List<String> preferences, LocalDate nextReviewOn,
                   LocalDate sharedOn) {

    static PlanSummary of(CarePlanView plan, PatientRecord patient, String practiceName, String senderName,
                          String recipientName, java.time.ZoneId zone, LocalDate today) {
        CarePlanContent content = plan.content();
        return new PlanSummary(recipientName, patient.givenNames() + " " + patient.familyName(), patient.birthDate(),
                practiceName, senderName, plan.program().name(), plan.version(),
                plan.status().name().toLowerCase(Locale.ROOT),
                plan.lastSignature() == null ? null : plan.lastSignature().providerName(),
                plan.lastSignature() == null ? null : LocalDate.ofInstant(plan.lastSignature().signedAt(), zone),
                content.problems().stream().map(PlanSummary::problem).toList(),
                content.goals().stream().map(PlanSummary::goal).toList(),
                content.interventions().stream().map(PlanSummary::intervention).toList(),
                content.barriers(), content.strengths(), content.preferences(),
                content.review() == null ? null : content.review().nextReviewOn(), today);
    }

    /** The subject names the practice and the plan, never the patient: subjects travel where bodies do not. */
    public String subject() {
        return "Care plan shared by " + practiceName + ": " + program + " plan, version " + version;
    }

    String attachmentName() {
        return "care-plan-" + program.toLowerCase(Locale.ROOT) + "-v" + version + ".pdf";
    }

    String text() {
        List<String> lines = new ArrayList<>();
        lines.add("Dear " + recipientName + ",");
        lines.add("");
        lines.add(senderName + " of " + practiceName + " shares the " + program + " care plan of " + patientName
                + (birthDate == null ? "" : " (born " + birthDate + ")") + ", version " + version + " (" + status
                + (signedBy == null ? ", not yet signed" : ", signed by " + signedBy + " on " + signedOn) + "), so that "
                + "everyone caring for the patient works from the same plan.");
        section(lines, "Problems", problems);
        section(lines, "Goals", goals);
        section(lines, "Who does what", interventions);
        section(lines, "What may get in the way", barriers);
        section(lines, "Strengths", strengths);
        section(lines, "The patient's preferences", preferences);
        if (nextReviewOn != null) {
            lines.add("");
            lines.add("Next review of the plan: " + nextReviewOn);
        }
        lines.add("");
        lines.add("The plan is attached as a PDF. Reply to this message to reach the care team.");
        return String.join("\n", lines) + "\n";
    }

    private static void section(List<String> lines, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        lines.add("");
        lines.add(title + ":");
        items.forEach(item -> lines.add("- " + item));
    }

    private static String problem(PlanProblem problem) {
        return problem.description() + (problem.conditionCode() == null ? "" : " (" + problem.conditionCode() + ")")
                + (problem.expectedOutcome() == null || problem.expectedOutcome().isBlank() ? ""
                : "; expected outcome: " + problem.expectedOutcome());
    }

    private static String goal(PlanGoal goal) {
        return goal.description() + (goal.target() == null ? "" : "; target " + goal.target().text())
                + (goal.targetDate() == null ? "" : " by " + goal.targetDate())
                + (goal.achievement() == null ? "" : "; " + goal.achievement().plainWords());
    }

    private static String intervention(PlanIntervention intervention) {
        String who = intervention.responsibleName() != null && !intervention.responsibleName().isBlank()
                ? intervention.responsibleName()
                : intervention.responsibleParty().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return intervention.description() + " (" + who + ")"
                + (intervention.dueOn() == null ? "" : " by " + intervention.dueOn());
    }
}
