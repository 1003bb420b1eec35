package org.careloop.patient;

import java.util.List;

/**
 * Readings sent by devices were stored for several patients at once (a feed's bundle), in the transaction publishing
 * this: what was stored for each patient, announced together so that a listener can evaluate the bundle in one go.
 * Device readings are announced this way instead of as single {@link ObservationsStored} events.
 */
public record DeviceReadingsStored(List<ObservationsStored> byPatient) {

    public DeviceReadingsStored {
        byPatient = List.copyOf(byPatient);
    }
}
