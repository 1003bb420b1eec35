package org.careloop.careplan;

/** The care-management program a care plan serves; a patient has at most one living plan per program. */
public enum CareProgram {
    CCM, PCM, RPM, BHI, APCM, TCM
}
