package org.careloop;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock every rule reads, so tests can move time and billing months can be recomputed. */
@Configuration
class Clocks {

    @Bean
    Clock clock(@Value("${careloop.time-zone:America/New_York}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
