package org.careloop.careplansharing.web;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.careplansharing.NewShare;
import org.careloop.careplansharing.ShareMethod;

/** A share as the API or the page sends it; the method arrives as text so a typo names its field. */
record ShareForm(UUID carePlanId, String recipientName, String email, UUID practitionerId, String method) {

    NewShare toNewShare() {
        ShareMethod chosen = null;
        if (method != null && !method.isBlank()) {
            chosen = Arrays.stream(ShareMethod.values()).filter(m -> m.name().equalsIgnoreCase(method.strip()))
                    .findFirst().orElseThrow(() -> new InvalidRequest("Invalid method", Map.of("method",
                            "must be EMAIL or FHIR_BUNDLE")));
        }
        return new NewShare(carePlanId, recipientName, email, practitionerId, chosen);
    }
}
