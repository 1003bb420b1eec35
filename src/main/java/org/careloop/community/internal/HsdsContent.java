package org.careloop.community.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.careloop.community.ServiceCategory;

/**
 * A checked HSDS package, as the directory stores it: each entry keyed by its HSDS id, references by HSDS id.
 * Phones, languages, ZIP codes served, categories and hours are carried by the entry they belong to, so a re-import
 * replaces them along with it.
 */
public record HsdsContent(List<Organization> organizations, List<Location> locations, List<Service> services,
                          List<ServiceAtLocation> serviceAtLocations, List<Schedule> schedules, List<String> notes) {

    public record Organization(String id, String name, String description, String email, String website,
                               List<String> phones) {
    }

    public record Location(String id, String organizationId, String name, String addressId, String address,
                           String city, String state, String postalCode, String country, List<String> phones) {
    }

    public record Service(String id, String organizationId, String name, String description, String email, String url,
                          String status, String eligibility, String fees, List<ServiceCategory> categories,
                          List<String> languages, List<String> zipCodes, List<String> phones, LocalDate lastVerified) {
    }

    public record ServiceAtLocation(String id, String serviceId, String locationId) {
    }

    /** Weekly hours of a service, at one of its places when {@code locationId} is given. */
    public record Schedule(String serviceId, String locationId, Set<DayOfWeek> days, LocalTime opensAt,
                           LocalTime closesAt, String description) {
    }
}
