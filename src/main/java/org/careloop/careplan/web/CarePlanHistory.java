package org.careloop.careplan.web;

import java.util.ArrayList;
import java.util.List;

import org.careloop.InvalidRequest;
import org.careloop.careplan.CarePlanVersion;
import org.careloop.careplan.CarePlanView;
import org.careloop.careplan.CarePlans;
import org.careloop.careplan.PlanGoal;
import org.careloop.careplan.PlanIntervention;
import org.careloop.careplan.PlanProblem;
import org.careloop.careplan.ReviewSchedule;
import org.careloop.careplan.VersionComparison;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The plan's versions, and what differs between two of them, as lines a care manager reads. */
@Component
class CarePlanHistory {

    /**
     * How a version stands with the provider: SIGNED when a provider signed it; NEEDS_SIGNATURE (or
     * AWAITING_SIGNATURE once sent) only for the current version while the plan lacks a signature of its latest
     * substantive change; NONE otherwise. An older version never needs a signature: a later one replaced it.
     */
    enum SignatureLabel {
        SIGNED, NEEDS_SIGNATURE, AWAITING_SIGNATURE, NONE
    }

    /** A version with its label, as the versions list shows it. */
    record Listed(CarePlanVersion version, SignatureLabel label) {
    }

    /** One difference: in which section, whether added, removed or changed, and the item before and after. */
    record Line(String section, String kind, String before, String after) {
    }

    private final CarePlans plans;

    CarePlanHistory(CarePlans plans) {
        this.plans = plans;
    }

    void addTo(Model model, CarePlanView plan, Integer from, Integer to) {
        List<CarePlanVersion> newestFirst = new ArrayList<>(plans.versions(plan.id()));
        java.util.Collections.reverse(newestFirst);
        model.addAttribute("versions", newestFirst);
        model.addAttribute("listedVersions", newestFirst.stream()
                .map(version -> new Listed(version, label(plan, version))).toList());
        int last = plan.version();
        int chosenTo = to != null ? to : last;
        int chosenFrom = from != null ? from : Math.max(1, last - 1);
        model.addAttribute("compareFrom", chosenFrom);
        model.addAttribute("compareTo", chosenTo);
        if (from == null || to == null) {
            return;
        }
        try {
            VersionComparison comparison = plans.compare(plan.id(), from, to);
            List<Line> lines = new ArrayList<>();
            for (VersionComparison.SectionChanges section : comparison.sections()) {
                section.added().forEach(item -> lines.add(new Line(section.section(), "added", null, text(item))));
                section.removed().forEach(item -> lines.add(new Line(section.section(), "removed", text(item), null)));
                section.changed().forEach(change -> lines.add(new Line(section.section(), "changed",
                        text(change.before()), text(change.after()))));
            }
            model.addAttribute("comparison", lines);
        } catch (InvalidRequest invalid) {
            model.addAttribute("compareError", invalid.fields().values().iterator().next());
        }
    }

    static SignatureLabel label(CarePlanView plan, CarePlanVersion version) {
        if (version.signature() != null) {
            return SignatureLabel.SIGNED;
        }
        if (version.version() != plan.version() || !plan.status().living()) {
            return SignatureLabel.NONE;
        }
        return switch (plan.signOff()) {
            case NEEDS_SIGN_OFF -> SignatureLabel.NEEDS_SIGNATURE;
            case AWAITING_SIGN_OFF -> SignatureLabel.AWAITING_SIGNATURE;
            case SIGNED -> SignatureLabel.NONE;
        };
    }

    /** One item of a version as a line of words, such as "Walk daily: 30 minutes by 2027-01-31 (proposed, working on it)". */
    static String text(Object item) {
        if (item instanceof PlanProblem problem) {
            return problem.description() + (problem.expectedOutcome() == null ? "" : " (" + problem.expectedOutcome() + ")");
        }
        if (item instanceof PlanGoal goal) {
            return goal.description() + (goal.target() == null ? "" : ": " + goal.target().text())
                    + (goal.targetDate() == null ? "" : " by " + goal.targetDate())
                    + (goal.status() == null ? "" : " (" + words(goal.status()) + (goal.achievement() == null ? ""
                    : ", " + goal.achievement().plainWords().toLowerCase(java.util.Locale.ROOT)) + ")");
        }
        if (item instanceof PlanIntervention intervention) {
            return intervention.description() + " (" + words(intervention.responsibleParty())
                    + (intervention.responsibleName() == null ? "" : ": " + intervention.responsibleName())
                    + (intervention.dueOn() == null ? "" : ", due " + intervention.dueOn()) + ")";
        }
        if (item instanceof ReviewSchedule review) {
            return review.nextReviewOn() + (review.interval() == null ? "" : " (every " + words(review.interval()) + ")");
        }
        return String.valueOf(item);
    }

    private static String words(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** A review interval as said aloud: "3 months", "year", "2 weeks". */
    private static String words(java.time.Period interval) {
        List<String> parts = new ArrayList<>();
        unit(parts, interval.getYears(), "year");
        unit(parts, interval.getMonths(), "month");
        unit(parts, interval.getDays(), "day");
        return parts.isEmpty() ? "day" : String.join(" and ", parts);
    }

    private static void unit(List<String> parts, int count, String name) {
        if (count == 1) {
            parts.add(name);
        } else if (count > 1) {
            parts.add(count + " " + name + "s");
        }
    }
}
