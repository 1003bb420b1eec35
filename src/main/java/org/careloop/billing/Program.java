package org.careloop.billing;

/** The Medicare care-management programs CareLoop bills. TCM arrives as another service, never from minutes. */
public enum Program {
    CCM, PCM, RPM, BHI, APCM, TCM
}
