package org.careloop.monitoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.careloop.identity.Practices;
import org.careloop.patient.PatientReadings;
import org.springframework.stereotype.Service;

/**
 * Device days: the days in a 30-day device period on which a patient's devices sent at least one reading (CMS
 * 99454: 16 days in the period; 99445 from 2026: 2 to 15). Only DEVICE readings count — what a patient types in
 * never does — and two readings on one day are one day. A patient's periods run back to back from the start day of
 * their first registered device (day 1 to day 30, then day 31 to 60, …), in the practice's time zone. The month
 * close bills the period that ends in the month (the later one when two end in it). Set queries: one for the
 * devices, one for the days, however many patients.
 */
@Service
public class DeviceDays {

    public static final int PERIOD_DAYS = 30;
    /** What 99454 needs in a period. */
    public static final int FULL_SUPPLY_DAYS = 16;

    /** One 30-day device period of a patient and the days in it with device readings. */
    public record Period(LocalDate start, LocalDate end, int days) {

        /** How many more device days the period needs for 99454 (0 when it has them). */
        public int stillNeeded() {
            return Math.max(0, FULL_SUPPLY_DAYS - days);
        }
    }

    private final Devices devices;
    private final PatientReadings readings;
    private final Practices practices;

    DeviceDays(Devices devices, PatientReadings readings, Practices practices) {
        this.devices = devices;
        this.readings = readings;
        this.practices = practices;
    }

    /** The period of each device patient that ends in the month, with its device days: what the month close bills. */
    public Map<UUID, Period> endingIn(UUID practiceId, YearMonth month) {
        Map<UUID, LocalDate> anchors = anchors(devices.ofPractice(practiceId));
        Map<UUID, Period> periods = new HashMap<>();
        anchors.forEach((patient, anchor) -> {
            LocalDate end = periodContaining(anchor, month.atEndOfMonth()).end();
            if (end.isAfter(month.atEndOfMonth())) {
                end = end.minusDays(PERIOD_DAYS);
            }
            if (!end.isBefore(month.atDay(1)) && !end.isBefore(anchor)) {
                periods.put(patient, new Period(end.minusDays(PERIOD_DAYS - 1), end, 0));
            }
        });
        return counted(practiceId, periods);
    }

    /** The period in progress on {@code day} for each of these patients who has a device, with its days so far. */
    public Map<UUID, Period> current(UUID practiceId, Collection<UUID> patientIds, LocalDate day) {
        Map<UUID, LocalDate> anchors = anchors(devices.ofPatients(practiceId, patientIds).stream()
                .filter(device -> device.assigned() || !device.returnedOn().isBefore(day)).toList());
        Map<UUID, Period> periods = new HashMap<>();
        anchors.forEach((patient, anchor) -> {
            if (!day.isBefore(anchor)) {
                periods.put(patient, periodContaining(anchor, day));
            }
        });
        return counted(practiceId, periods);
    }

    /** The 30-day period, counted from {@code anchor}, that holds {@code day}. */
    static Period periodContaining(LocalDate anchor, LocalDate day) {
        long index = Math.floorDiv(ChronoUnit.DAYS.between(anchor, day), PERIOD_DAYS);
        LocalDate start = anchor.plusDays(index * PERIOD_DAYS);
        return new Period(start, start.plusDays(PERIOD_DAYS - 1), 0);
    }

    private static Map<UUID, LocalDate> anchors(List<Device> found) {
        return found.stream().collect(Collectors.toMap(Device::patientId, Device::startedOn,
                (a, b) -> a.isBefore(b) ? a : b));
    }

    private Map<UUID, Period> counted(UUID practiceId, Map<UUID, Period> periods) {
        if (periods.isEmpty()) {
            return periods;
        }
        ZoneId zone = practices.zoneOf(practiceId);
        LocalDate from = periods.values().stream().map(Period::start).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate to = periods.values().stream().map(Period::end).max(Comparator.naturalOrder()).orElseThrow();
        Map<UUID, SortedSet<LocalDate>> days = readings.deviceDays(practiceId, periods.keySet(), from, to, zone);
        Map<UUID, Period> counted = new HashMap<>();
        periods.forEach((patient, period) -> counted.put(patient, new Period(period.start(), period.end(),
                days.getOrDefault(patient, new TreeSet<>()).subSet(period.start(), period.end().plusDays(1)).size())));
        return counted;
    }
}
