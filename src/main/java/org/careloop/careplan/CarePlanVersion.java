package org.careloop.careplan;

import java.time.Instant;

/**
 * One entry of a plan's history: who changed it, when, a short summary of what changed, the editor's note,
 * whether the change was substantive (needing a new signature), and the plan's content as it then stood.
 */
public record CarePlanVersion(int version, Instant changedAt, String changedBy, String summary, String note,
                              boolean substantive, CarePlanContent content) {
}
