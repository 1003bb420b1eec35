package org.careloop.careplan;

import java.time.LocalDate;
import java.util.UUID;

/** A copy of the plan was given to the patient or caregiver, as CMS requires for CCM. */
public record CarePlanCopyGiven(UUID carePlanId, UUID patientId, UUID practiceId, int version, CopyMethod method,
                                LocalDate givenOn, String givenTo) {
}
