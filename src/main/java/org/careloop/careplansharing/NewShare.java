package org.careloop.careplansharing;

import java.util.UUID;

/**
 * Sharing the plan: which plan ({@code carePlanId}, optional when the patient has one living plan), with whom (a name
 * and an e-mail address typed in, or a practitioner of the directory, whose name and address fill what is left
 * blank) and how.
 */
public record NewShare(UUID carePlanId, String recipientName, String email, UUID practitionerId, ShareMethod method) {
}
