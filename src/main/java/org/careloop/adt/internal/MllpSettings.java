package org.careloop.adt.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The HL7 v2 listener: off unless asked for ({@code careloop.adt.mllp.enabled=true}; the zero-setup demo turns it
 * on), on port 2575 (the port IANA registered for HL7 over MLLP); 0 lets the system choose a free port.
 */
@ConfigurationProperties("careloop.adt.mllp")
public record MllpSettings(@DefaultValue("false") boolean enabled, @DefaultValue("2575") int port) {
}
