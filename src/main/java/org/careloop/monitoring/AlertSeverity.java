package org.careloop.monitoring;

/** How acute an alert is: EMERGENCY (call 911 now), URGENT (today) or ROUTINE (at the next working day). */
public enum AlertSeverity {
    EMERGENCY, URGENT, ROUTINE
}
