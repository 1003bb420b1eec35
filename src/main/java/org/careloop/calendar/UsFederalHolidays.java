package org.careloop.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The legal public holidays of 5 U.S.C. 6103(a), as federal offices observe them (6103(b), OPM): a holiday on a
 * Saturday is observed the Friday before, one on a Sunday the Monday after. New Year's Day on a Saturday is therefore
 * observed on December 31 of the year before (January 1, 2028 → Friday, December 31, 2027). Juneteenth is a holiday
 * from 2021 (Public Law 117-17). Inauguration Day, a holiday only around Washington, D.C., is not one here.
 */
public final class UsFederalHolidays {

    /** One holiday as the statute names it, and the first year it was one. */
    record Holiday(String name, Month month, int dayOfMonth, DayOfWeek weekday, int weekOfMonth, int since) {

        static Holiday fixed(String name, Month month, int day, int since) {
            return new Holiday(name, month, day, null, 0, since);
        }

        /** The {@code week}-th {@code weekday} of the month; week -1 is the last. */
        static Holiday nth(String name, Month month, DayOfWeek weekday, int week, int since) {
            return new Holiday(name, month, 0, weekday, week, since);
        }

        LocalDate in(int year) {
            LocalDate first = LocalDate.of(year, month, 1);
            if (weekday == null) {
                return first.withDayOfMonth(dayOfMonth);
            }
            return weekOfMonth < 0 ? first.with(TemporalAdjusters.lastInMonth(weekday))
                    : first.with(TemporalAdjusters.dayOfWeekInMonth(weekOfMonth, weekday));
        }

        /** Only fixed-date holidays move: a weekday-rule holiday always falls on a Monday or a Thursday. */
        LocalDate observedIn(int year) {
            LocalDate day = in(year);
            return switch (day.getDayOfWeek()) {
                case SATURDAY -> day.minusDays(1);
                case SUNDAY -> day.plusDays(1);
                default -> day;
            };
        }
    }

    /** A day off: the holiday's name and the day it is observed (which may differ from its date). */
    public record Observed(String name, LocalDate date, LocalDate observedOn) {
    }

    private static final List<Holiday> HOLIDAYS = List.of(
            Holiday.fixed("New Year's Day", Month.JANUARY, 1, 1870),
            Holiday.nth("Birthday of Martin Luther King, Jr.", Month.JANUARY, DayOfWeek.MONDAY, 3, 1986),
            Holiday.nth("Washington's Birthday", Month.FEBRUARY, DayOfWeek.MONDAY, 3, 1971),
            Holiday.nth("Memorial Day", Month.MAY, DayOfWeek.MONDAY, -1, 1971),
            Holiday.fixed("Juneteenth National Independence Day", Month.JUNE, 19, 2021),
            Holiday.fixed("Independence Day", Month.JULY, 4, 1870),
            Holiday.nth("Labor Day", Month.SEPTEMBER, DayOfWeek.MONDAY, 1, 1894),
            Holiday.nth("Columbus Day", Month.OCTOBER, DayOfWeek.MONDAY, 2, 1971),
            Holiday.fixed("Veterans Day", Month.NOVEMBER, 11, 1978),
            Holiday.nth("Thanksgiving Day", Month.NOVEMBER, DayOfWeek.THURSDAY, 4, 1942),
            Holiday.fixed("Christmas Day", Month.DECEMBER, 25, 1870));

    private UsFederalHolidays() {
    }

    /** The holiday observed on {@code day}, if one is. */
    public static Optional<Observed> observedOn(LocalDate day) {
        // December 31 can be the observed New Year's Day of the following year
        for (int year = day.getYear(); year <= day.getYear() + 1; year++) {
            for (Observed holiday : observedIn(year)) {
                if (holiday.observedOn().equals(day)) {
                    return Optional.of(holiday);
                }
            }
        }
        return Optional.empty();
    }

    /** The holidays of {@code year} with the day each is observed, in the order they fall. */
    public static List<Observed> observedIn(int year) {
        List<Observed> observed = new ArrayList<>();
        for (Holiday holiday : HOLIDAYS) {
            if (year >= holiday.since()) {
                observed.add(new Observed(holiday.name(), holiday.in(year), holiday.observedIn(year)));
            }
        }
        observed.sort(Comparator.comparing(Observed::observedOn));
        return observed;
    }
}
