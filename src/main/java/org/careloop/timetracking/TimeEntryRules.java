package org.careloop.timetracking;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.outreach.Outreach;
import org.careloop.program.CareProgram;
import org.springframework.stereotype.Component;

/**
 * What logged time must point at and when it may lie: work already done (a few minutes of clock drift aside), on a
 * contact with this patient, amending an entry of this patient.
 */
@Component
class TimeEntryRules {

    private static final Duration CLOCK_DRIFT = Duration.ofMinutes(5);

    private final Outreach outreach;
    private final TimeEntries entries;

    TimeEntryRules(Outreach outreach, TimeEntries entries) {
        this.outreach = outreach;
        this.entries = entries;
    }

    void refuseProblems(UUID patientId, TimeDetails details, UUID amends, Instant now) {
        Map<String, String> problems = new LinkedHashMap<>();
        refuseUnloggedProgram(details.program(), problems);
        if (details.span().endedAt().isAfter(now.plus(CLOCK_DRIFT))) {
            problems.put("endedAt", "cannot be in the future: log time once it is spent");
        }
        if (details.interactionId() != null && !outreach.isInteractionOf(details.interactionId(), patientId)) {
            problems.put("interactionId", "is not an interaction recorded for this patient");
        }
        if (amends != null && !entries.isEntryOf(amends, patientId)) {
            problems.put("amends", "is not a time entry of this patient");
        }
        refuseAny(problems);
    }

    /** For a timer: a program minutes count toward, and the contact it is started on one of this patient's. */
    void refuseTimerProblems(UUID patientId, CareProgram program, UUID interactionId) {
        Map<String, String> problems = new LinkedHashMap<>();
        refuseUnloggedProgram(program, problems);
        if (interactionId != null && !outreach.isInteractionOf(interactionId, patientId)) {
            problems.put("interactionId", "is not an interaction recorded for this patient");
        }
        refuseAny(problems);
    }

    /** TCM is billed as a service after a discharge; no minute counts toward it. */
    private static void refuseUnloggedProgram(CareProgram program, Map<String, String> problems) {
        if (program != null && !program.isLoggedInMinutes()) {
            problems.put("program", "must be one of " + CareProgram.loggedInMinutes());
        }
    }

    private static void refuseAny(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Invalid " + String.join(", ", problems.keySet()), problems);
        }
    }
}
