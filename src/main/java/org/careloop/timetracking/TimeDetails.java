package org.careloop.timetracking;

import java.util.UUID;

import org.careloop.program.CareProgram;

/** What a time entry says about the work: program, activity, when, the contact it was spent on, and notes. */
public record TimeDetails(CareProgram program, CareActivity activity, TimeSpan span, UUID interactionId,
                          String notes) {
}
