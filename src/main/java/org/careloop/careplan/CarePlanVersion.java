package org.careloop.careplan;

import java.time.Instant;

/**
 * One entry of a plan's history: who changed it, when, a short summary of what changed, the editor's note,
 * whether the change was substantive (needing a new signature), the plan's content as it then stood, and the
 * provider's signature of this version, if it was signed.
 */
public record CarePlanVersion(int version, Instant changedAt, String changedBy, String summary, String note,
                              boolean substantive, CarePlanContent content, Signature signature) {
}
