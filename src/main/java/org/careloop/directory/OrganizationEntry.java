package org.careloop.directory;

import java.util.UUID;

/**
 * An organization as typed into the directory; {@code kind} is one of {@link OrganizationKind}'s names.
 * {@code practiceId} chooses the practice for someone working in several; {@code version} is required on a revision.
 */
public record OrganizationEntry(UUID practiceId, String name, String kind, String phone, String fax, String email,
                                String addressLine, String city, String state, String postalCode, Integer version) {
}
