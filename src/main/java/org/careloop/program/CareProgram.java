package org.careloop.program;

import java.util.List;

/**
 * The Medicare care-management programs: a patient is enrolled in them, a care plan serves one, a minute of work
 * counts toward one (never two: CMS forbids counting a minute twice), and the billing month bills them. Complex CCM
 * is CCM with the complexity attested, not a program of its own.
 */
public enum CareProgram {
    /** Chronic care management (two or more chronic conditions). */
    CCM,
    /** Principal care management (one complex chronic condition). */
    PCM,
    /** Remote physiologic monitoring treatment management. */
    RPM,
    /** Behavioral health integration. */
    BHI,
    /** Advanced primary care management. */
    APCM,
    /** Transitional care management: billed as a service after a discharge, never from logged minutes. */
    TCM;

    private static final List<CareProgram> LOGGED_IN_MINUTES = List.of(CCM, PCM, RPM, BHI, APCM);

    /** The programs care-management minutes are logged toward: all but TCM, which is a service, not time. */
    public static List<CareProgram> loggedInMinutes() {
        return LOGGED_IN_MINUTES;
    }

    public boolean isLoggedInMinutes() {
        return this != TCM;
    }
}
