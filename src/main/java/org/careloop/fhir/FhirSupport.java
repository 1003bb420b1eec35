package org.careloop.fhir;

import ca.uhn.fhir.context.FhirContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One FHIR R4 context for the whole application; creating it is expensive, using it is cheap and thread-safe. */
@Configuration
class FhirSupport {

    @Bean
    FhirContext fhirContext() {
        return FhirContext.forR4Cached();
    }
}
