package org.careloop.directory;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Directory entries as a source sent them; each names the identifiers other records use to point at it. */
public final class DirectoryEntries {

    private DirectoryEntries() {
    }

    /** An identifier such as an NPI: {@code system} says who issued it. */
    public record Identifier(String system, String value) {
        @Override
        public String toString() {
            return system + "|" + value;
        }
    }

    public record ImportedOrganization(String sourceKey, List<Identifier> identifiers, String name, String typeCode,
                                       String phone, String addressLine, String city, String state,
                                       String postalCode, boolean active) {
    }

    public record ImportedLocation(String sourceKey, List<Identifier> identifiers, String name, String description,
                                   String status, UUID organizationId, String phone, String addressLine, String city,
                                   String state, String postalCode, BigDecimal latitude, BigDecimal longitude) {
    }

    public record ImportedPractitioner(String sourceKey, List<Identifier> identifiers, String npi, String familyName,
                                       String givenNames, String prefix, String gender, String email, String phone,
                                       String addressLine, String city, String state, String postalCode,
                                       boolean active) {
    }

    /** What a practitioner does where: their specialty at an organization and location. */
    public record ImportedPractitionerRole(String sourceKey, List<Identifier> identifiers, UUID practitionerId,
                                           UUID organizationId, UUID locationId, String specialtyCode,
                                           String specialty, String phone, String email) {
    }
}
