package org.careloop.community;

import java.time.LocalDate;
import java.util.List;

/**
 * An administrator's edit of a service, based on the {@code version} they read. Every field replaces what the entry
 * holds; {@code categories} are category codes (food, housing, ...), {@code zipCodes} the ZIP codes served.
 */
public record ServiceChange(Integer version, String name, String description, String email, String website,
                            String status, String eligibility, String fees, List<String> categories,
                            List<String> languages, List<String> zipCodes, List<String> phones, LocalDate lastVerified) {

    public ServiceChange {
        categories = categories == null ? List.of() : List.copyOf(categories);
        languages = languages == null ? List.of() : List.copyOf(languages);
        zipCodes = zipCodes == null ? List.of() : List.copyOf(zipCodes);
        phones = phones == null ? List.of() : List.copyOf(phones);
    }
}
