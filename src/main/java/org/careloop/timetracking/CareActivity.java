package org.careloop.timetracking;

/**
 * The kinds of non-face-to-face work that count as care-management time (CMS, reference section 1.5). Work that
 * does not count (scheduling, billing, eligibility checks, mailing, staff training, general administration,
 * prior authorization, time inside a billed visit) has no activity here, so it cannot be logged.
 */
public enum CareActivity {
    /** Phone, video or portal communication with the patient or caregiver. */
    PATIENT_COMMUNICATION,
    /** Medication reconciliation, adherence review, refill coordination. */
    MEDICATION_RECONCILIATION,
    /** Creating or updating the comprehensive care plan. */
    CARE_PLAN_UPDATE,
    /** Coordinating with other practitioners, home health, DME. */
    CARE_COORDINATION,
    /** Reviewing labs, imaging and consult notes and acting on them. */
    REVIEW_RESULTS,
    /** Closing referral loops. */
    REFERRAL_FOLLOW_UP,
    /** Follow-up after a discharge or other care transition. */
    TRANSITION_FOLLOW_UP,
    /** Connecting the patient with community and social services. */
    COMMUNITY_RESOURCES,
    /** Charting the work above. */
    DOCUMENTATION;

    /** The activity as a care manager says it, such as "patient communication" or "referral follow-up". */
    public String words() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ').replace("follow up", "follow-up");
    }
}
