package org.careloop.community;

import java.util.List;
import java.util.UUID;

/**
 * A place of a practice's community directory where services are given, as an administrator corrects it: its name,
 * street address and phones ({@code organizationName}, whose place it is, for reading only). {@code version} is sent
 * back with a correction.
 */
public record DirectoryLocation(UUID id, UUID practiceId, String hsdsId, String organizationName, String name,
                                String address, String city, String state, String postalCode, List<String> phones,
                                int version) {

    public DirectoryLocation {
        phones = List.copyOf(phones);
    }
}
