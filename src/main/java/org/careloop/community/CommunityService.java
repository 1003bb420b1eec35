package org.careloop.community;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One service of a practice's community directory, with its organization, the places it is offered and its weekly
 * hours: what a care manager reads before referring. {@code email}, {@code website} and {@code phones} are the
 * service's own (the organization's stand in where it has none); {@code zipCodes} are the ZIP codes it says it
 * serves; {@code lastVerified} is when someone last checked the entry. {@code version} guards an administrator's edit.
 */
public record CommunityService(UUID id, UUID practiceId, String hsdsId, Organization organization, String name,
                               String description, String email, String website, String status, String eligibility,
                               String fees, List<ServiceCategory> categories, List<String> languages,
                               List<String> zipCodes, List<String> phones, LocalDate lastVerified, int version,
                               List<Place> places, List<Hours> hours) {

    public CommunityService {
        categories = List.copyOf(categories);
        languages = List.copyOf(languages);
        zipCodes = List.copyOf(zipCodes);
        phones = List.copyOf(phones);
        places = List.copyOf(places);
        hours = List.copyOf(hours);
    }

    /** Whether referrals are taken now (HSDS status {@code active}). */
    public boolean active() {
        return "active".equals(status);
    }

    /** Where referrals go: the service's e-mail address, else its organization's. */
    public String intakeEmail() {
        return email != null ? email : organization.email();
    }

    /** The service's web page, else its organization's. */
    public String webAddress() {
        return website != null ? website : organization.website();
    }

    /** The first phone number of the service, else of its places, else of its organization. */
    public String phone() {
        return java.util.stream.Stream.of(phones.stream(), places.stream().flatMap(place -> place.phones().stream()),
                organization.phones().stream()).flatMap(numbers -> numbers).findFirst().orElse(null);
    }

    /** The organization that offers the service. */
    public record Organization(UUID id, String name, String email, String website, List<String> phones) {

        public Organization {
            phones = List.copyOf(phones);
        }
    }

    /** Where the service is offered. */
    public record Place(UUID id, String name, String address, String city, String state, String postalCode,
                        List<String> phones) {

        public Place {
            phones = List.copyOf(phones);
        }

        /** "12 Elm St, Methuen, MA 01844". */
        public String inOneLine() {
            StringBuilder line = new StringBuilder(address == null ? "" : address);
            for (String part : new String[] {city, state == null ? null : postalCode == null ? state : state + " " + postalCode}) {
                if (part != null && !part.isBlank()) {
                    line.append(line.isEmpty() ? "" : ", ").append(part);
                }
            }
            return line.toString();
        }
    }

    /** Weekly opening hours, in the practice's local time. */
    public record Hours(Set<DayOfWeek> days, LocalTime opensAt, LocalTime closesAt) {

        public Hours {
            java.util.EnumSet<DayOfWeek> ordered = java.util.EnumSet.noneOf(DayOfWeek.class);
            ordered.addAll(days);
            days = java.util.Collections.unmodifiableSet(ordered);
        }

        public boolean openAt(LocalDateTime local) {
            LocalTime time = local.toLocalTime();
            return days.contains(local.getDayOfWeek()) && !time.isBefore(opensAt) && time.isBefore(closesAt);
        }

        /** "Mon, Wed, Fri 09:00–17:00". */
        public String inWords() {
            return String.join(", ", days.stream().sorted().map(day -> day.getDisplayName(java.time.format.TextStyle.SHORT,
                    java.util.Locale.ENGLISH)).toList()) + " " + opensAt + "–" + closesAt;
        }
    }
}
