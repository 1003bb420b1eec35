package org.careloop.directory;

import java.util.UUID;

/**
 * An organization in the directory: a hospital, pharmacy, home-health agency, specialist practice or community
 * service, with how to reach it. {@code kind} is null for an imported entry the EHR did not classify;
 * {@code practiceId} is null for an imported entry.
 */
public record DirectoryOrganization(UUID id, UUID practiceId, String name, OrganizationKind kind, String phone,
                                    String fax, String email, String addressLine, String city, String state,
                                    String postalCode, boolean active, int version) {

    public boolean imported() {
        return practiceId == null;
    }

    /** One line for a list: "12 Main St, Springfield, MA 01101". */
    public String address() {
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {addressLine, city, state == null ? null : state + (postalCode == null ? "" : " " + postalCode)}) {
            if (part != null && !part.isBlank()) {
                text.append(text.isEmpty() ? "" : ", ").append(part.trim());
            }
        }
        return text.toString();
    }
}
