package org.careloop.enrollment;

import java.util.List;

/**
 * What the eligibility policy suggests for one patient, with its reasons in words a care manager reads. A
 * suggestion only: the billing practitioner attests eligibility when the patient is enrolled.
 */
public record EligibilityVerdict(boolean ccm, boolean pcm, List<ChronicConditionMatch> chronicConditions,
                                 List<String> reasons) {

    public EligibilityVerdict {
        chronicConditions = List.copyOf(chronicConditions);
        reasons = List.copyOf(reasons);
    }
}
