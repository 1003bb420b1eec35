package org.careloop.referral.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * How long a community organization has to answer a referral: a number of business days after the day it was sent
 * (a referral sent on Friday with five days is due the next Friday). Business days are Monday to Friday; public
 * holidays are not counted out yet, so a window spanning one ends a day early (the follow-up is a call, not a
 * penalty). A referral is unanswered once the day after the due day begins.
 */
public final class ResponseWindow {

    private ResponseWindow() {
    }

    /** The last day an answer is due. */
    public static LocalDate answerDueOn(LocalDate sentOn, int businessDays) {
        LocalDate day = sentOn;
        for (int counted = 0; counted < businessDays; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day;
    }

    /** Whether, on {@code today}, the window has passed without an answer. */
    public static boolean passed(LocalDate sentOn, int businessDays, LocalDate today) {
        return today.isAfter(answerDueOn(sentOn, businessDays));
    }
}
