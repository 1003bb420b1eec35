package org.careloop.timetracking;

/**
 * The care-management program a minute is attributed to. A minute counts toward one program only (CMS: no double
 * counting), so each entry names exactly one.
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
    APCM
}
