package org.careloop.fhir.importing;

import java.util.Set;
import java.util.UUID;

/**
 * Where imported patients land: the practice, and the care manager new patients are assigned to (may be null);
 * {@code readingsOnly} when the sender is a device feed, whose bundles may hold nothing but Observations and the
 * Devices they name. The door the import came through and, without a signed-in caller, who acted are the audit
 * context's ({@link org.careloop.audit.AuditChannels#within}).
 */
public record ImportDestination(UUID practiceId, UUID careManagerId, boolean readingsOnly) {

    /** What a device feed may send. */
    static final Set<String> READINGS = Set.of("Observation", "Device");

    public ImportDestination(UUID practiceId, UUID careManagerId) {
        this(practiceId, careManagerId, false);
    }
}
