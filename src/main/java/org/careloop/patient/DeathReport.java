package org.careloop.patient;

import java.time.LocalDate;

/** What the care team reports about a death: the day, how they learnt it (a family call, the hospital) and a note. */
public record DeathReport(LocalDate diedOn, String source, String note) {
}
