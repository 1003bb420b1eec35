package org.careloop.wishes;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An advance directive to put on file: {@code kind} (LIVING_WILL, HEALTHCARE_POWER_OF_ATTORNEY, POLST, MOLST,
 * DNR_ORDER, OTHER), the day it was signed, where the original is, the proxy it names (name, relationship, phone,
 * and the patient's contact it is, when known), and a note. A power of attorney must name its proxy.
 */
public record NewDirective(String kind, LocalDate signedOn, String originalLocation, String proxyName,
                           String proxyRelationship, String proxyPhone, UUID proxyContactId, String note) {
}
