package org.careloop.community;

import java.util.List;

/**
 * An administrator's correction of a location, based on the {@code version} read; every field is replaced. The
 * opening hours belong to the services given there and are not changed here.
 */
public record LocationChange(Integer version, String name, String address, String city, String state,
                             String postalCode, List<String> phones) {

    public LocationChange {
        phones = phones == null ? List.of() : List.copyOf(phones);
    }
}
