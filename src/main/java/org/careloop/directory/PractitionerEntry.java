package org.careloop.directory;

import java.util.UUID;

/**
 * A clinician as typed into the directory. {@code practiceId} chooses the practice for someone working in several
 * (ignored on a revision); {@code version} is the version read, required on a revision.
 */
public record PractitionerEntry(UUID practiceId, String prefix, String givenNames, String familyName, String specialty,
                                String npi, String phone, String fax, String email, UUID organizationId,
                                Integer version) {
}
