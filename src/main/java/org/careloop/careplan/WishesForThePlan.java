package org.careloop.careplan;

import java.util.Optional;
import java.util.UUID;

/**
 * Where the care plan learns the patient's wishes. The module that keeps them implements this, so the plan depends on
 * no module that might one day depend on care plans; a plan shown where no implementation exists shows none.
 * Implementations read through the patient gate (the read is audited).
 */
public interface WishesForThePlan {

    /** The patient's wishes in the plan's words; empty when nothing is recorded. */
    Optional<PlanWishes> of(UUID patientId);
}
