package org.careloop.wishes;

import java.util.UUID;

/**
 * The person the patient named to decide for them when they cannot: name, relationship and phone as written on the
 * directive, and, once the care team's contacts are kept, the contact it is ({@code contactId}).
 */
public record HealthcareProxy(String name, String relationship, String phone, UUID contactId) {

    /** "Maria Lopez (daughter)". */
    public String words() {
        return name + (relationship == null || relationship.isBlank() ? "" : " (" + relationship + ")");
    }
}
