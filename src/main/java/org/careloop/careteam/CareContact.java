package org.careloop.careteam;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A person around the patient: a caregiver, an emergency contact, the healthcare proxy (or several of these), with
 * their relationship to the patient, how to reach them, the language they prefer and what the patient authorised the
 * care team to share with them. {@code version} is sent back with a revision.
 */
public record CareContact(UUID id, UUID patientId, String name, String relationship, Set<ContactKind> kinds,
                          List<String> phones, String email, String preferredLanguage, SharingAuthorisation sharing,
                          String notes, int version) {

    public CareContact {
        kinds = Set.copyOf(kinds);
        phones = List.copyOf(phones);
    }

    public boolean healthcareProxy() {
        return kinds.contains(ContactKind.HEALTHCARE_PROXY);
    }

    /** The kinds in their usual order (caregiver, emergency contact, healthcare proxy), for a page to read out. */
    public List<ContactKind> kindsInOrder() {
        return java.util.Arrays.stream(ContactKind.values()).filter(kinds::contains).toList();
    }
}
