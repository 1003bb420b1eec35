package org.careloop.monitoring;

import java.util.UUID;

import org.careloop.patient.NewObservation;

/**
 * A reading as a vendor's feed sent it: its position in the feed, the vendor's device id it names, the patient it
 * says it is about ({@code subjectPatientId}, null when it names none; {@code subjectUnknown} when it names one
 * CareLoop cannot read as a patient id) and the measurement.
 */
public record DeviceReading(int entry, String vendorDeviceId, UUID subjectPatientId, String subjectUnknown,
                            NewObservation observation) {
}
