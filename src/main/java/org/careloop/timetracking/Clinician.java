package org.careloop.timetracking;

import java.util.UUID;

/** The person whose time an entry is, as they were when it was logged (name and credential kept for the audit). */
record Clinician(UUID id, String name, String credential, StaffCategory category) {
}
