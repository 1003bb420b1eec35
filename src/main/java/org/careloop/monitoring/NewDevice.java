package org.careloop.monitoring;

import java.time.LocalDate;

/**
 * A device to register to a patient: {@code kind} (BP_CUFF, SCALE, GLUCOMETER, PULSE_OXIMETER, THERMOMETER), maker,
 * model, serial number, the vendor's device id (required) and the start day (today when left out).
 */
public record NewDevice(String kind, String maker, String model, String serialNumber, String vendorDeviceId,
                        LocalDate startedOn) {
}
