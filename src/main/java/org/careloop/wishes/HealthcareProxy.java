package org.careloop.wishes;

import java.util.UUID;

/**
 * The person the patient named to decide for them when they cannot: name, relationship and phone, and the patient's
 * contact it is ({@code contactId}). On a directive recorded before the contacts were kept, it is the copy typed on
 * the directive and {@code contactId} is empty.
 */
public record HealthcareProxy(String name, String relationship, String phone, UUID contactId) {

    /** "Maria Lopez (daughter), 413-555-0210": whom to call, and how. */
    public String reach() {
        return words() + (phone == null || phone.isBlank() ? "" : ", " + phone);
    }

    /** "Maria Lopez (daughter)". */
    public String words() {
        return name + (relationship == null || relationship.isBlank() ? "" : " (" + relationship + ")");
    }
}
