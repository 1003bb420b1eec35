package org.careloop.careteam;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A member as typed: {@code role} (CARE_MANAGER, NURSE, SPECIALIST, PHARMACY, HOME_HEALTH, OTHER) and exactly one of
 * a staff member of the practice, a directory practitioner or a directory organization. {@code phone}, {@code fax}
 * and {@code email} override the directory's for this patient; {@code activeSince} is today when left out. On a
 * revision {@code version} is required and who the member is cannot change.
 */
public record CareTeamMemberEntry(String role, UUID staffId, UUID practitionerId, UUID organizationId,
                                  String specialty, String notes, String phone, String fax, String email,
                                  LocalDate activeSince, LocalDate activeUntil, Integer version) {
}
