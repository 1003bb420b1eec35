package org.careloop.worklist.web;

import org.careloop.worklist.WorklistEntry;

/** A worklist line as shown: the entry, its minutes this month across programs and the bar's goal. */
public record WorklistRow(WorklistEntry entry, int minutes, int goal) {

    static WorklistRow of(WorklistEntry entry) {
        int minutes = entry.minutesThisMonth().values().stream().mapToInt(Integer::intValue).sum();
        int goal = entry.nextThreshold() != null ? entry.nextThreshold().minutesNeeded() : minutes;
        return new WorklistRow(entry, minutes, Math.max(goal, 1));
    }
}
