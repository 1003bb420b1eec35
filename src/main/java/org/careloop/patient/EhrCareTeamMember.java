package org.careloop.patient;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One member of a care team an EHR sent (FHIR CareTeam.participant), with the team it was on: its name, status and
 * period. {@code type} is what the member is (Practitioner, Organization, RelatedPerson, Patient...);
 * {@code directoryId} points into the directory for practitioners and organizations.
 */
public record EhrCareTeamMember(UUID careTeamId, String teamName, String teamStatus, OffsetDateTime periodStart,
                                OffsetDateTime periodEnd, String role, String name, String type, UUID directoryId) {
}
