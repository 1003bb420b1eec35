package org.careloop.timetracking.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.program.CareProgram;
import org.careloop.timetracking.CareActivity;

/** Starting a timer: on which patient, for which program and activity, optionally on a recorded contact. */
record TimerForm(UUID patientId, String program, String activity, UUID interactionId) {

    record Checked(UUID patientId, CareProgram program, CareActivity activity, UUID interactionId) {
    }

    Checked checked() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (patientId == null) {
            problems.put("patientId", "is required");
        }
        CareProgram chosenProgram = Choices.program(program, problems);
        CareActivity chosenActivity = Choices.choice(CareActivity.class, activity, "activity", problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Invalid " + String.join(", ", problems.keySet()), problems);
        }
        return new Checked(patientId, chosenProgram, chosenActivity, interactionId);
    }
}
