package org.careloop.worklist;

import java.util.ArrayList;
import java.util.List;

/**
 * Why a patient should be called today, and how urgently. Safety first (open escalations), then overdue work and
 * positive screens nobody followed up, then the month's own needs: no contact yet, minutes close to a billing
 * threshold, what blocks billing (no signed care plan, no consent, no attestation), consent pending, a care plan
 * due for review. A patient already reached and over every threshold
 * sinks to the bottom.
 */
public final class WorklistPriority {

    /** What is known about the patient this month. */
    public record Facts(int openEscalations, int overdueTasks, List<String> unfollowedScreens, boolean reachedThisMonth,
                        WorklistEntry.NextStep nextThreshold, boolean consentPending, boolean carePlanReviewDue,
                        boolean anyMinutes, List<String> billingBlockers) {

        public Facts {
            billingBlockers = billingBlockers == null ? List.of() : List.copyOf(billingBlockers);
        }

        public Facts(int openEscalations, int overdueTasks, List<String> unfollowedScreens, boolean reachedThisMonth,
                     WorklistEntry.NextStep nextThreshold, boolean consentPending, boolean carePlanReviewDue,
                     boolean anyMinutes) {
            this(openEscalations, overdueTasks, unfollowedScreens, reachedThisMonth, nextThreshold, consentPending,
                    carePlanReviewDue, anyMinutes, List.of());
        }
    }

    /** The patient's priority and the reasons behind it, most pressing first. */
    public record Verdict(int priority, List<String> reasons) {
    }

    private WorklistPriority() {
    }

    public static Verdict judge(Facts facts) {
        int priority = 0;
        List<String> reasons = new ArrayList<>();
        if (facts.openEscalations() > 0) {
            priority += 1000;
            reasons.add(facts.openEscalations() == 1 ? "Open escalation" : facts.openEscalations() + " open escalations");
        }
        if (facts.overdueTasks() > 0) {
            priority += 300;
            reasons.add(facts.overdueTasks() == 1 ? "1 overdue task" : facts.overdueTasks() + " overdue tasks");
        }
        for (String screen : facts.unfollowedScreens()) {
            priority += 200;
            reasons.add("Positive " + screen + " without follow-up");
        }
        if (!facts.reachedThisMonth()) {
            priority += 100;
            reasons.add("No contact yet this month");
        }
        WorklistEntry.NextStep next = facts.nextThreshold();
        if (next != null) {
            // the closer a threshold, the more a short call is worth
            priority += Math.max(10, 80 - next.minutesShort() * 3);
            reasons.add(next.minutesShort() + " min to " + next.code());
        }
        if (!facts.billingBlockers().isEmpty()) {
            // minutes toward a code are wasted while billing is blocked: what blocks it comes right after
            priority += 50;
            reasons.add("Billing blocked: " + String.join(", ", facts.billingBlockers()));
        }
        if (facts.consentPending()) {
            priority += 60;
            reasons.add("Consent pending");
        }
        if (facts.carePlanReviewDue()) {
            priority += 40;
            reasons.add("Care plan due for review");
        }
        if (facts.reachedThisMonth() && next == null && facts.anyMinutes() && reasons.isEmpty()) {
            priority -= 500;
            reasons.add("Reached and over threshold this month");
        }
        return new Verdict(priority, reasons);
    }
}
