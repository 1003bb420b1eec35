package org.careloop.timetracking;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.program.CareProgram;

/** A patient's time in one month: minutes per program (withdrawn entries left out) and every entry, newest first. */
public record PatientMonthTime(UUID patientId, YearMonth month, boolean closed, Map<CareProgram, Integer> minutes,
                               List<LoggedTime> entries) {

    public PatientMonthTime {
        minutes = Map.copyOf(minutes);
        entries = List.copyOf(entries);
    }
}
