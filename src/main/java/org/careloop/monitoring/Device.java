package org.careloop.monitoring;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A remote monitoring device registered to a patient: its kind, maker and model, serial number, the vendor's device
 * id a feed names it by, the day it was started and, once returned, the day it came back.
 */
public record Device(UUID id, UUID patientId, DeviceKind kind, String maker, String model, String serialNumber,
                     String vendorDeviceId, LocalDate startedOn, LocalDate returnedOn, OffsetDateTime registeredAt,
                     int version) {

    public boolean assigned() {
        return returnedOn == null;
    }

    /** Whether a reading taken on this day belongs to the registration: from the start day through the return day. */
    boolean covers(LocalDate day) {
        return !day.isBefore(startedOn) && (returnedOn == null || !day.isAfter(returnedOn));
    }
}
