package org.careloop.caregap;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

import org.careloop.schedule.RecurringJob;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every night, once across all instances, every stored patient's care gaps are evaluated again as of the new day:
 * evidence ages out of its lookback and patients age into measures without any record changing. Every minute, the
 * patients whose devices sent readings are.
 */
@Configuration(proxyBeanMethods = false)
class CareGapSweep {

    static final String JOB = "care-gap-sweep";

    static final String CATCH_UP = "care-gap-device-catch-up";

    /** Patients whose devices sent readings are evaluated again within a minute, for the worklist. */
    @Bean
    RecurringJob careGapCatchUpAfterDeviceReadings(CareGaps careGaps) {
        return RecurringJob.every(Duration.ofMinutes(1), CATCH_UP, careGaps::catchUp);
    }

    @Bean
    RecurringJob careGapSweepNightly(CareGaps careGaps, Clock clock) {
        return RecurringJob.dailyAt(LocalTime.of(2, 30), JOB, () -> careGaps.sweep(LocalDate.now(clock)));
    }
}
