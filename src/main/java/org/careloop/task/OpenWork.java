package org.careloop.task;

import java.util.UUID;

/** A patient's open tasks as the worklist weighs them: escalations, overdue ones, and all open ones. */
public record OpenWork(UUID patientId, int openEscalations, int overdue, int open) {
}
