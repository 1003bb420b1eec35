package org.careloop.careplan;

import java.time.Instant;
import java.util.UUID;

/** A care plan got a new version; {@code substantive} revisions send a signed plan back for sign-off. */
public record CarePlanRevised(UUID carePlanId, UUID patientId, UUID practiceId, int version, String summary,
                              boolean substantive, String revisedBy, Instant at) {
}
