package org.careloop.transition.internal;

import java.time.LocalDate;

import org.careloop.calendar.BusinessDays;

/**
 * When each step of a transition is due (CMS TCM, CCM reference 1.9). After a discharge: an interactive contact
 * within 2 business days ({@link BusinessDays}); medication reconciliation no later than the face-to-face visit; the
 * visit within 7 calendar days for high-complexity decision making (99496) or 14 for moderate (99495), day 1 being
 * the day after the discharge; the service period is 30 days starting on the discharge day, so it ends on the
 * discharge day + 29. After an emergency department visit without admission there is only the follow-up call, within
 * the practice's setting of business days.
 */
public final class TransitionDeadlines {

    public static final int CONTACT_BUSINESS_DAYS = 2;
    public static final int HIGH_COMPLEXITY_VISIT_DAYS = 7;
    public static final int MODERATE_COMPLEXITY_VISIT_DAYS = 14;
    public static final int PERIOD_DAYS = 30;

    /**
     * The due days; {@code highComplexityVisitBy}, {@code faceToFaceDueBy} and {@code periodEndsOn} are null for an
     * ED follow-up.
     */
    public record Deadlines(LocalDate contactDueBy, LocalDate highComplexityVisitBy, LocalDate faceToFaceDueBy,
                            LocalDate periodEndsOn) {
    }

    private TransitionDeadlines() {
    }

    public static Deadlines afterDischarge(LocalDate dischargedOn) {
        return new Deadlines(BusinessDays.after(dischargedOn, CONTACT_BUSINESS_DAYS),
                dischargedOn.plusDays(HIGH_COMPLEXITY_VISIT_DAYS), dischargedOn.plusDays(MODERATE_COMPLEXITY_VISIT_DAYS),
                dischargedOn.plusDays(PERIOD_DAYS - 1));
    }

    public static Deadlines afterEmergencyVisit(LocalDate leftOn, int businessDays) {
        return new Deadlines(BusinessDays.after(leftOn, businessDays), null, null, null);
    }
}
