package org.careloop.caregap;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

import org.careloop.schedule.RecurringJob;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every night, once across all instances, every stored patient's care gaps are evaluated again as of the new day:
 * evidence ages out of its lookback and patients age into measures without any record changing.
 */
@Configuration(proxyBeanMethods = false)
class CareGapSweep {

    static final String JOB = "care-gap-sweep";

    @Bean
    RecurringJob careGapSweepNightly(CareGaps careGaps, Clock clock) {
        return RecurringJob.dailyAt(LocalTime.of(2, 30), JOB, () -> careGaps.sweep(LocalDate.now(clock)));
    }
}
