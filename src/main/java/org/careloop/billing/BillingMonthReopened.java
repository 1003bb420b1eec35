package org.careloop.billing;

import java.util.UUID;

/** An administrator re-opened a closed billing month; the next close writes a new statement version. */
public record BillingMonthReopened(UUID practiceId, String month, String reopenedBy, String reason) {
}
