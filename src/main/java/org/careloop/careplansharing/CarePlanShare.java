package org.careloop.careplansharing;

import java.time.Instant;
import java.util.UUID;

import org.careloop.program.CareProgram;

/**
 * The record that the plan was shared: which plan and version, with whom ({@code recipientName}, the e-mail address
 * it went to, the directory practitioner when chosen), how, by whom ({@code sharedBy} names them) and when.
 */
public record CarePlanShare(UUID id, UUID patientId, UUID carePlanId, CareProgram program, int planVersion,
                            String recipientName, String email, UUID practitionerId, ShareMethod method,
                            UUID sharedById, String sharedBy, Instant sharedAt) {

    CarePlanShare named(String sharer) {
        return new CarePlanShare(id, patientId, carePlanId, program, planVersion, recipientName, email, practitionerId,
                method, sharedById, sharer, sharedAt);
    }
}
