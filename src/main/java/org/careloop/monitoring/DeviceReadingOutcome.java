package org.careloop.monitoring;

import java.util.UUID;

/** What became of one reading of a feed: stored (under {@code observationId}), a duplicate left out, or refused. */
public record DeviceReadingOutcome(int entry, Status status, String reason, UUID observationId, UUID patientId) {

    public enum Status {
        STORED, DUPLICATE, REFUSED
    }

    static DeviceReadingOutcome refused(DeviceReading reading, String reason) {
        return new DeviceReadingOutcome(reading.entry(), Status.REFUSED, reason, null, null);
    }
}
