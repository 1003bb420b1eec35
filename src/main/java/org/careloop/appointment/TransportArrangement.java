package org.careloop.appointment;

/**
 * How the patient gets to the appointment: family or a friend drives, a transport service (non-emergency medical
 * transportation, a senior ride program: arranged as a referral), public transit, or on their own.
 */
public enum TransportArrangement {
    FAMILY_OR_FRIEND, TRANSPORT_SERVICE, PUBLIC_TRANSIT, ON_THEIR_OWN
}
