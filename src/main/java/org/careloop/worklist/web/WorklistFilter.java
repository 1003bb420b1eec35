package org.careloop.worklist.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.careloop.identity.Caller;
import org.careloop.program.CareProgram;
import org.careloop.worklist.WorklistEntry;

/**
 * The worklist's filters as read from the query string: one program, one of the caller's practices, only patients
 * with overdue tasks. {@code errors} maps a field to the message key shown beside it.
 */
public record WorklistFilter(CareProgram program, UUID practice, boolean overdueOnly, Map<String, String> errors) {

    static WorklistFilter read(String program, String practice, String overdue, Caller caller) {
        Map<String, String> errors = new LinkedHashMap<>();
        CareProgram chosenProgram = null;
        if (program != null && !program.isBlank()) {
            try {
                chosenProgram = CareProgram.valueOf(program);
            } catch (IllegalArgumentException unknown) {
                errors.put("program", "worklist.filter.unknownProgram");
            }
        }
        UUID chosenPractice = null;
        if (practice != null && !practice.isBlank()) {
            try {
                chosenPractice = UUID.fromString(practice);
            } catch (IllegalArgumentException malformed) {
                // reported below like any practice that is not the caller's
            }
            if (chosenPractice == null || !caller.worksIn(chosenPractice)) {
                errors.put("practice", "worklist.filter.notYourPractice");
            }
        }
        return new WorklistFilter(chosenProgram, chosenPractice, "true".equals(overdue), Map.copyOf(errors));
    }

    /** Whether any filter narrows the list. */
    public boolean active() {
        return program != null || practice != null || overdueOnly;
    }

    public boolean invalid(String field) {
        return errors.containsKey(field);
    }

    boolean admits(WorklistEntry entry) {
        return (program == null || entry.programs().stream().anyMatch(p -> p.startsWith(program.name() + " ")))
                && (!overdueOnly || entry.overdueTasks() > 0);
    }

    /** A nurse's patient passes the practice and overdue filters; programs are a care manager's matter. */
    boolean admits(NursePatients.Row row) {
        return (practice == null || practice.equals(row.practiceId())) && (!overdueOnly || row.overdue());
    }

    /** The caller narrowed to the one practice chosen. */
    Caller scope(Caller caller) {
        return practice == null ? caller : new Caller(caller.userId(), caller.username(), caller.roles(), Set.of(practice));
    }
}
