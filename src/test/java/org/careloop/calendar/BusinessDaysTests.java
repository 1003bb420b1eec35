package org.careloop.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The TCM contact window counts Monday to Friday, skipping every federal holiday on the day it is observed. */
class BusinessDaysTests {

    @Test
    void everyFederalHolidayOf2026IsObservedOnItsDay() {
        assertThat(UsFederalHolidays.observedIn(2026)).extracting(UsFederalHolidays.Observed::name,
                UsFederalHolidays.Observed::observedOn).containsExactly(
                tuple("New Year's Day", "2026-01-01"),
                tuple("Birthday of Martin Luther King, Jr.", "2026-01-19"),
                tuple("Washington's Birthday", "2026-02-16"),
                tuple("Memorial Day", "2026-05-25"),
                tuple("Juneteenth National Independence Day", "2026-06-19"),
                tuple("Independence Day", "2026-07-03"), // July 4 is a Saturday
                tuple("Labor Day", "2026-09-07"),
                tuple("Columbus Day", "2026-10-12"),
                tuple("Veterans Day", "2026-11-11"),
                tuple("Thanksgiving Day", "2026-11-26"),
                tuple("Christmas Day", "2026-12-25"));
    }

    @Test
    void everyFederalHolidayOf2027IsObservedOnItsDayWithSaturdaysOnFridayAndSundaysOnMonday() {
        assertThat(UsFederalHolidays.observedIn(2027)).extracting(UsFederalHolidays.Observed::name,
                UsFederalHolidays.Observed::observedOn).containsExactly(
                tuple("New Year's Day", "2027-01-01"),
                tuple("Birthday of Martin Luther King, Jr.", "2027-01-18"),
                tuple("Washington's Birthday", "2027-02-15"),
                tuple("Memorial Day", "2027-05-31"),
                tuple("Juneteenth National Independence Day", "2027-06-18"), // June 19 is a Saturday
                tuple("Independence Day", "2027-07-05"), // July 4 is a Sunday
                tuple("Labor Day", "2027-09-06"),
                tuple("Columbus Day", "2027-10-11"),
                tuple("Veterans Day", "2027-11-11"),
                tuple("Thanksgiving Day", "2027-11-25"),
                tuple("Christmas Day", "2027-12-24")); // December 25 is a Saturday
    }

    @Test
    void newYearsDay2028OnASaturdayIsObservedOnFridayDecember31Of2027() {
        assertThat(UsFederalHolidays.observedOn(LocalDate.of(2027, 12, 31)))
                .hasValueSatisfying(holiday -> {
                    assertThat(holiday.name()).isEqualTo("New Year's Day");
                    assertThat(holiday.date()).isEqualTo(LocalDate.of(2028, 1, 1));
                });
        assertThat(BusinessDays.isBusinessDay(LocalDate.of(2027, 12, 31))).isFalse();
        assertThat(BusinessDays.isBusinessDay(LocalDate.of(2027, 12, 30))).isTrue();
    }

    @ParameterizedTest(name = "{0} ({1}) is not a business day; the day before and after it count as usual")
    @MethodSource("observedHolidays")
    void anObservedHolidayIsNoBusinessDayAndTheContactCountSkipsIt(LocalDate observed, String name) {
        assertThat(BusinessDays.isBusinessDay(observed)).as(name).isFalse();
        LocalDate nextBusinessDay = observed.plusDays(1);
        while (nextBusinessDay.getDayOfWeek() == DayOfWeek.SATURDAY || nextBusinessDay.getDayOfWeek() == DayOfWeek.SUNDAY) {
            nextBusinessDay = nextBusinessDay.plusDays(1);
        }
        assertThat(BusinessDays.after(observed.minusDays(1), 1)).as("first business day after the eve of " + name)
                .isEqualTo(nextBusinessDay);
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> observedHolidays() {
        return Stream.of(2026, 2027).flatMap(year -> UsFederalHolidays.observedIn(year).stream())
                .map(holiday -> org.junit.jupiter.params.provider.Arguments.of(holiday.observedOn(), holiday.name()));
    }

    @ParameterizedTest(name = "discharged {0} ({1}): contact by {2}")
    @CsvSource({
            "2026-12-01, a Tuesday, 2026-12-03",
            "2026-11-27, the Friday after Thanksgiving, 2026-12-01",
            "2026-11-28, a Saturday, 2026-12-01",
            "2026-11-29, a Sunday, 2026-12-01",
            "2026-11-25, the eve of Thanksgiving, 2026-11-30",
            "2026-01-16, the Friday before Martin Luther King Day, 2026-01-21",
            "2026-06-18, the eve of Juneteenth, 2026-06-23",
            "2026-07-02, the eve of Independence Day observed on Friday July 3, 2026-07-07",
            "2026-11-10, the eve of Veterans Day, 2026-11-13",
            "2026-12-23, two days before Christmas, 2026-12-28",
            "2027-06-17, the eve of Juneteenth observed on Friday June 18, 2027-06-22",
            "2027-07-02, the Friday before Independence Day observed on Monday July 5, 2027-07-07",
            "2027-12-23, the eve of Christmas observed on Friday December 24, 2027-12-28",
            "2027-12-29, two days before New Year 2028 observed on Friday December 31, 2028-01-03"})
    void theContactIsDueOnTheSecondBusinessDayAfterTheDischarge(LocalDate discharged, String when, LocalDate due) {
        assertThat(BusinessDays.after(discharged, 2)).as(when).isEqualTo(due);
    }

    @Test
    void weekendsAreNoBusinessDaysAndAnOrdinaryWeekdayIs() {
        assertThat(List.of(LocalDate.of(2026, 7, 4), LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 6)))
                .noneMatch(BusinessDays::isBusinessDay);
        assertThat(BusinessDays.isBusinessDay(LocalDate.of(2026, 12, 2))).isTrue();
    }

    private static org.assertj.core.groups.Tuple tuple(String name, String day) {
        return org.assertj.core.groups.Tuple.tuple(name, LocalDate.parse(day));
    }
}
