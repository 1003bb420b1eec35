package org.careloop.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Business days as CMS counts them for transitional care: Monday to Friday, except federal holidays as observed
 * ({@link UsFederalHolidays}), "regardless of the practice's hours or when it learned of the discharge" (CMS TCM
 * FAQ, CCM reference 1.9). The count starts the day after the discharge: discharged on a Tuesday, the second
 * business day is the Thursday; discharged on a Friday (or over the weekend), it is the Tuesday.
 */
public final class BusinessDays {

    private BusinessDays() {
    }

    public static boolean isBusinessDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && UsFederalHolidays.observedOn(day).isEmpty();
    }

    /** The {@code count}-th business day after {@code day} (the day itself never counts). */
    public static LocalDate after(LocalDate day, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, not " + count);
        }
        LocalDate next = day;
        int found = 0;
        while (found < count) {
            next = next.plusDays(1);
            if (isBusinessDay(next)) {
                found++;
            }
        }
        return next;
    }
}
