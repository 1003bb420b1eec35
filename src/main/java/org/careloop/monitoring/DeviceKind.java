package org.careloop.monitoring;

/** What a remote monitoring device measures with: a blood pressure cuff, a scale, a glucometer, a pulse oximeter. */
public enum DeviceKind {
    BP_CUFF, SCALE, GLUCOMETER, PULSE_OXIMETER, THERMOMETER
}
