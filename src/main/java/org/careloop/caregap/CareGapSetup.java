package org.careloop.caregap;

import org.careloop.caregap.engine.CareGapEngine;
import org.careloop.caregap.engine.Measures;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shipped measures, read and checked once at start-up, and the engine over them. */
@Configuration
class CareGapSetup {

    @Bean
    Measures careGapMeasures() {
        return Measures.standard();
    }

    @Bean
    CareGapEngine careGapEngine(Measures measures) {
        return new CareGapEngine(measures);
    }
}
