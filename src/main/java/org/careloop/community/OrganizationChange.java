package org.careloop.community;

import java.util.List;

/** An administrator's correction of an organization, based on the {@code version} read; every field is replaced. */
public record OrganizationChange(Integer version, String name, String description, String email, String website,
                                 List<String> phones) {

    public OrganizationChange {
        phones = phones == null ? List.of() : List.copyOf(phones);
    }
}
