package org.careloop.fhir.endpoint;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many entries a page of a FHIR search or {@code $everything} holds: {@code defaultCount} when the client does
 * not say ({@code _count}), never more than {@code maxCount}.
 */
@ConfigurationProperties("careloop.fhir.paging")
record FhirPagingSettings(@DefaultValue("50") int defaultCount, @DefaultValue("500") int maxCount) {

    FhirPagingSettings {
        if (defaultCount < 1 || maxCount < defaultCount) {
            throw new IllegalArgumentException("careloop.fhir.paging: need 1 <= default-count (" + defaultCount
                    + ") <= max-count (" + maxCount + ")");
        }
    }
}
