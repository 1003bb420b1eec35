package org.careloop.enrollment;

/**
 * The care-management programs a patient can be enrolled in: chronic care management (complex CCM is CCM with
 * the complexity attested), principal care management, remote physiologic monitoring, behavioral health
 * integration, transitional care and advanced primary care management.
 */
public enum CareProgram {
    CCM, PCM, RPM, BHI, TCM, APCM
}
