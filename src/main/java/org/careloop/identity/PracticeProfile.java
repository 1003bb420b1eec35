package org.careloop.identity;

import java.util.UUID;

/**
 * What a practice's paperwork needs: its address and phone, the group NPI and tax id claims are billed under, and
 * the time zone its pages show times in (null: the organization's {@code careloop.time-zone}).
 */
public record PracticeProfile(UUID id, String name, String address, String phone, String groupNpi, String tin,
                              String timeZone, int version) {
}
