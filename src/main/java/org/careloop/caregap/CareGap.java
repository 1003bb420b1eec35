package org.careloop.caregap;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A patient's standing on one measure on the evaluation date. {@code dueSince} is set when {@code DUE}: the later of
 * the day the patient entered the measure's population and the day the last qualifying evidence stopped counting
 * (or the failing result's date, for a control measure). {@code nextDue} is set when {@code SATISFIED}: the last day
 * the evidence still counts (absent for a once-in-a-lifetime series). {@code explanation} is written for the care
 * manager.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CareGap(String measure, String title, GapStatus status, LocalDate dueSince, LocalDate nextDue,
                      List<GapEvidence> evidence, String explanation) {

    public CareGap {
        evidence = List.copyOf(evidence);
    }

    public boolean open() {
        return status == GapStatus.DUE;
    }
}
