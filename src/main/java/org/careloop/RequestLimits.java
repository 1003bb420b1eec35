package org.careloop;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body may be. {@code jsonBody}: any JSON API or form request (a patient, a time entry, an
 * assessment is a few kilobytes). {@code fhirBody}: a FHIR bundle posted to {@code /fhir}; Synthea writes one file
 * per patient and the largest in the shared corpus is 33 MB, so the default leaves room. File uploads on the import
 * page are bounded by {@code spring.servlet.multipart.*}.
 */
@ConfigurationProperties("careloop.limits")
public record RequestLimits(@DefaultValue("1MB") DataSize jsonBody, @DefaultValue("64MB") DataSize fhirBody) {
}
