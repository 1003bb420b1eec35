package org.careloop.education;

import java.util.UUID;

/**
 * A material to give the patient ({@code materialId} from the library); for a care-plan intervention, the plan and
 * the intervention's id on it.
 */
public record NewAssignment(String materialId, UUID carePlanId, String interventionId) {
}
