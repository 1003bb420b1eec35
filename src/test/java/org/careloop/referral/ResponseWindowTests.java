package org.careloop.referral;

import java.time.LocalDate;

import org.careloop.referral.internal.ResponseWindow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organization has a number of business days (Monday to Friday, except federal holidays as observed) after the day
 * of sending to answer.
 */
class ResponseWindowTests {

    @ParameterizedTest(name = "sent {0} with {1} business days: due {2}")
    @CsvSource({
            "2026-11-30, 5, 2026-12-07", // Monday: the next Monday
            "2026-12-04, 5, 2026-12-11", // Friday: the next Friday
            "2026-12-05, 5, 2026-12-11", // Saturday: the weekend does not count
            "2026-12-06, 1, 2026-12-07", // Sunday with one day: Monday
            "2026-12-03, 2, 2026-12-07", // Thursday with two days: Friday, then Monday
            "2026-12-21, 5, 2026-12-29", // Christmas Day (a Friday) does not count
            "2026-07-01, 2, 2026-07-06", // Independence Day on a Saturday is observed on Friday 3 July
            "2026-11-23, 5, 2026-12-01", // Thanksgiving Thursday does not count
    })
    void theAnswerIsDueAfterTheBusinessDaysFollowingTheDayOfSending(LocalDate sentOn, int days, LocalDate due) {
        assertThat(ResponseWindow.answerDueOn(sentOn, days)).isEqualTo(due);
    }

    @ParameterizedTest(name = "sent {0}, today {1}: passed {2}")
    @CsvSource({
            "2026-11-30, 2026-12-07, false", // the due day itself is still in time
            "2026-11-30, 2026-12-08, true",
            "2026-12-04, 2026-12-11, false",
            "2026-12-04, 2026-12-12, true", // a Saturday after the due Friday
    })
    void aReferralIsUnansweredOnceTheDayAfterTheDueDayBegins(LocalDate sentOn, LocalDate today, boolean passed) {
        assertThat(ResponseWindow.passed(sentOn, 5, today)).isEqualTo(passed);
    }
}
