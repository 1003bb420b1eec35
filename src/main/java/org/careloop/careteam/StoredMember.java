package org.careloop.careteam;

import java.time.LocalDate;
import java.util.UUID;

/** A care team membership as stored: who, in which role, from when until when, and the overrides typed for it. */
record StoredMember(UUID id, UUID practiceId, UUID patientId, CareTeamRole role, UUID staffId, UUID practitionerId,
                    UUID organizationId, String specialty, String notes, String phone, String fax, String email,
                    LocalDate activeSince, LocalDate activeUntil, int version) {
}
