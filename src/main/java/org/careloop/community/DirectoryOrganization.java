package org.careloop.community;

import java.util.List;
import java.util.UUID;

/**
 * An organization of a practice's community directory (a food bank, a senior center), as an administrator corrects
 * it: its name, what it does, how to reach it. {@code hsdsId} is its id in the HSDS package it came from;
 * {@code version} is sent back with a correction.
 */
public record DirectoryOrganization(UUID id, UUID practiceId, String hsdsId, String name, String description,
                                    String email, String website, List<String> phones, int version) {

    public DirectoryOrganization {
        phones = List.copyOf(phones);
    }
}
