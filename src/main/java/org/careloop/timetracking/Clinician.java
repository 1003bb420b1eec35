package org.careloop.timetracking;

import java.util.UUID;

import org.careloop.program.Performer;

/** The person whose time an entry is, as they were when it was logged (name and credential kept for the audit). */
record Clinician(UUID id, String name, String credential, Performer category) {
}
