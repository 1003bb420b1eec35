package org.careloop.referral.internal;

import java.time.LocalDate;

import org.careloop.calendar.BusinessDays;

/**
 * How long a community organization has to answer a referral: a number of business days after the day it was sent
 * (a referral sent on Friday with five days is due the next Friday). Business days are Monday to Friday except US
 * federal holidays as observed ({@link BusinessDays}): the organizations the practice refers to keep those days. A referral is unanswered once the day after the due day begins.
 */
public final class ResponseWindow {

    private ResponseWindow() {
    }

    /** The last day an answer is due: the {@code businessDays}-th business day after the sending. */
    public static LocalDate answerDueOn(LocalDate sentOn, int businessDays) {
        return BusinessDays.after(sentOn, businessDays);
    }

    /** Whether, on {@code today}, the window has passed without an answer. */
    public static boolean passed(LocalDate sentOn, int businessDays, LocalDate today) {
        return today.isAfter(answerDueOn(sentOn, businessDays));
    }
}
