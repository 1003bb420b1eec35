package org.careloop.careplan;

import java.time.Instant;
import java.util.UUID;

import org.careloop.program.CareProgram;

/** A care plan was ended; the patient may get a new plan in the program. */
public record CarePlanCompleted(UUID carePlanId, UUID patientId, UUID practiceId, CareProgram program,
                                String completedBy, Instant at) {
}
