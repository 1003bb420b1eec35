package org.careloop.billing;

import java.util.UUID;

/** A practice's billing month was closed into statement {@code version}; its time entries are locked. */
public record BillingMonthClosed(UUID practiceId, String month, int version, int lines, String closedBy) {
}
