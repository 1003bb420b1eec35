package org.careloop.directory;

import java.util.UUID;

/**
 * A clinician in the directory as a care team reads it: who, what they practise, where and how to reach them.
 * {@code practiceId} is the practice that keyed the entry in (null for an entry imported from an EHR, which every
 * practice sees and nobody edits); {@code version} is sent back with a revision.
 */
public record DirectoryPractitioner(UUID id, UUID practiceId, String prefix, String givenNames, String familyName,
                                    String specialty, String npi, String phone, String fax, String email,
                                    UUID organizationId, String organizationName, boolean active, int version) {

    /** "Dr. Lena Hart", as a care manager says it. */
    public String displayName() {
        StringBuilder name = new StringBuilder();
        for (String part : new String[] {prefix, givenNames, familyName}) {
            if (part != null && !part.isBlank()) {
                name.append(name.isEmpty() ? "" : " ").append(part.trim());
            }
        }
        return name.toString();
    }

    /** Whether the entry came from an EHR import (shared, kept as the EHR sent it). */
    public boolean imported() {
        return practiceId == null;
    }
}
