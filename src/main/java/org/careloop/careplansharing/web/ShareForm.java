package org.careloop.careplansharing.web;

import java.util.UUID;

import org.careloop.Choices;
import org.careloop.careplansharing.NewShare;
import org.careloop.careplansharing.ShareMethod;

/** A share as the API or the page sends it; the method arrives as text so a typo names its field. */
record ShareForm(UUID carePlanId, String recipientName, String email, UUID practitionerId, String method) {

    NewShare toNewShare() {
        return new NewShare(carePlanId, recipientName, email, practitionerId,
                Choices.of(ShareMethod.class, method, "method"));
    }
}
