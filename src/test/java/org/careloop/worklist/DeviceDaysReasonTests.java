package org.careloop.worklist;

import java.time.LocalDate;
import java.util.List;

import org.careloop.monitoring.DeviceDays;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The worklist says where a device patient stands in the 30-day period, and nothing once 16 days are in. */
class DeviceDaysReasonTests {

    @Test
    void aPatientShortOfSixteenDaysIsToldHowManySoFarAndByWhen() {
        DeviceDays.Period period = new DeviceDays.Period(LocalDate.parse("2026-11-15"), LocalDate.parse("2026-12-14"), 11);
        assertThat(Worklist.withDeviceDays(List.of("Call due"), period))
                .containsExactly("Call due", "11 device days so far; 16 needed by Dec 14");
    }

    @Test
    void sixteenDaysOrNoDeviceAddsNothing() {
        DeviceDays.Period full = new DeviceDays.Period(LocalDate.parse("2026-11-15"), LocalDate.parse("2026-12-14"), 16);
        assertThat(Worklist.withDeviceDays(List.of(), full)).isEmpty();
        assertThat(Worklist.withDeviceDays(List.of("Call due"), null)).containsExactly("Call due");
    }
}
