package org.careloop.worklist.web;

import java.util.UUID;

import org.careloop.enrollment.CareProgram;
import org.careloop.worklist.WorklistEntry;

/** The worklist's filters: one program, one of the caller's practices, only patients with overdue tasks. */
record WorklistFilter(CareProgram program, UUID practice, Boolean overdue) {

    boolean overdueOnly() {
        return Boolean.TRUE.equals(overdue);
    }

    boolean admits(WorklistEntry entry) {
        return (program == null || entry.programs().stream().anyMatch(p -> p.startsWith(program.name() + " ")))
                && (!overdueOnly() || entry.overdueTasks() > 0);
    }
}
