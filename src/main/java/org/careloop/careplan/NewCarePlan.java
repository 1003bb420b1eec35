package org.careloop.careplan;

import java.util.List;

import org.careloop.program.CareProgram;

/** Start a plan for a program from templates (such as diabetes and hypertension); {@code review} is optional. */
public record NewCarePlan(CareProgram program, List<String> templates, ReviewSchedule review) {

    public NewCarePlan {
        templates = templates == null ? List.of() : List.copyOf(templates);
    }
}
