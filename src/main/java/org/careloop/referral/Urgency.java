package org.careloop.referral;

/** How soon the patient needs the service: an urgent referral asks the service to answer within days. */
public enum Urgency {
    ROUTINE, URGENT
}
