package org.careloop.community;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.NotFound;
import org.careloop.StaleVersion;
import org.careloop.community.internal.EntryRules;
import org.careloop.community.internal.ResourceRanking;
import org.careloop.community.internal.StoredDirectory;
import org.careloop.identity.Caller;
import org.careloop.identity.Callers;
import org.careloop.identity.Practices;
import org.careloop.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * A practice's community resource directory as the care team uses it: searched by need, ZIP code, language and
 * opening hours (ranked as {@link ResourceRanking} says, "open now" in the practice's time zone), read entry by
 * entry, and corrected by the practice's administrators. Another practice's directory is not found.
 */
@Service
public class CommunityDirectory {

    private final StoredDirectory stored;
    private final Callers callers;
    private final Practices practices;
    private final Clock clock;

    CommunityDirectory(StoredDirectory stored, Callers callers, Practices practices, Clock clock) {
        this.stored = stored;
        this.callers = callers;
        this.practices = practices;
        this.clock = clock;
    }

    /** The active services matching the search, best first, each with the reasons for its place. */
    public List<RankedService> search(ServiceSearch search) {
        UUID practice = reachable(search.practiceId());
        String zip = search.zip() == null || search.zip().isBlank() ? null : search.zip().trim();
        String problem = EntryRules.zip(zip);
        if (problem != null) {
            throw new InvalidRequest("Invalid zip", Map.of("zip", problem));
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(practices.zoneOf(practice)));
        return ResourceRanking.rank(stored.services(practice, search.category(), true), EntryRules.fiveDigits(zip),
                search.language(), now, search.openNow());
    }

    /** One service of the caller's practices, whatever its status. */
    public CommunityService find(UUID serviceId) {
        return stored.service(serviceId).filter(service -> callers.current().worksIn(service.practiceId()))
                .orElseThrow(() -> new NotFound("No community service " + serviceId));
    }

    /** Every service of the practice's directory, whatever its status, by name. */
    public List<CommunityService> entries(UUID practiceId) {
        return stored.services(reachable(practiceId), null, false);
    }

    /** An administrator of the service's practice corrects it; a stale version is refused and changes nothing. */
    public CommunityService revise(UUID serviceId, ServiceChange change) {
        CommunityService service = find(serviceId);
        refuseUnlessAdmin();
        List<ServiceCategory> categories = new ArrayList<>();
        ServiceChange checked = checked(change, categories);
        if (!stored.revise(serviceId, checked, categories, clock.instant())) {
            throw stale("The service " + service.name(), find(serviceId).version(), change.version());
        }
        return find(serviceId);
    }

    /** Every organization of the practice's directory, by name. */
    public List<DirectoryOrganization> organizations(UUID practiceId) {
        return stored.organizations(reachable(practiceId));
    }

    /** Every location of the practice's directory, by name. */
    public List<DirectoryLocation> locations(UUID practiceId) {
        return stored.locations(reachable(practiceId));
    }

    /** One organization of the caller's practices; another practice's is not found. */
    public DirectoryOrganization organization(UUID organizationId) {
        return stored.organization(organizationId).filter(o -> callers.current().worksIn(o.practiceId()))
                .orElseThrow(() -> new NotFound("No community organization " + organizationId));
    }

    /** One location of the caller's practices; another practice's is not found. */
    public DirectoryLocation location(UUID locationId) {
        return stored.location(locationId).filter(l -> callers.current().worksIn(l.practiceId()))
                .orElseThrow(() -> new NotFound("No community location " + locationId));
    }

    /**
     * An administrator of the organization's practice corrects its name, description, e-mail, web site and phones;
     * a stale version is refused and changes nothing.
     */
    public DirectoryOrganization revise(UUID organizationId, OrganizationChange change) {
        DirectoryOrganization organization = organization(organizationId);
        refuseUnlessAdmin();
        Map<String, String> problems = versionAndName(change.version(), change.name());
        String email = trimmed(change.email());
        String website = trimmed(change.website());
        put(problems, "email", EntryRules.email(email));
        put(problems, "website", EntryRules.website(website));
        refuseAny(problems);
        if (!stored.revise(organizationId, new OrganizationChange(change.version(), change.name().trim(),
                trimmed(change.description()), email, website, phones(change.phones())), clock.instant())) {
            throw stale(organization.name(), organization(organizationId).version(), change.version());
        }
        return organization(organizationId);
    }

    /**
     * An administrator of the location's practice corrects its name, street address and phones; a stale version is
     * refused and changes nothing.
     */
    public DirectoryLocation revise(UUID locationId, LocationChange change) {
        DirectoryLocation location = location(locationId);
        refuseUnlessAdmin();
        Map<String, String> problems = versionAndName(change.version(), change.name());
        String postalCode = trimmed(change.postalCode());
        put(problems, "postalCode", EntryRules.zip(postalCode));
        String state = trimmed(change.state());
        if (state != null && !state.matches("[A-Za-z]{2}")) {
            problems.put("state", "must be the two-letter state code, such as MA");
        }
        refuseAny(problems);
        if (!stored.revise(locationId, new LocationChange(change.version(), change.name().trim(),
                trimmed(change.address()), trimmed(change.city()),
                state == null ? null : state.toUpperCase(java.util.Locale.ROOT), postalCode,
                phones(change.phones())), clock.instant())) {
            throw stale(location.name(), location(locationId).version(), change.version());
        }
        return location(locationId);
    }

    private void refuseUnlessAdmin() {
        if (!callers.current().hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only an administrator edits the community directory");
        }
    }

    private static Map<String, String> versionAndName(Integer version, String name) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (version == null) {
            problems.put("version", "must be the version of the entry you read");
        }
        if (blank(name)) {
            problems.put("name", "is required");
        }
        return problems;
    }

    private static void refuseAny(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Invalid " + String.join(", ", problems.keySet()), problems);
        }
    }

    private static StaleVersion stale(String name, int now, Integer read) {
        return new StaleVersion(name + " is at version " + now + ", not " + read
                + "; read it again and redo the change", now);
    }

    private static List<String> phones(List<String> phones) {
        return phones.stream().filter(p -> !blank(p)).map(String::trim).toList();
    }

    /** The caller's practice: the one named, when they work in it, else their only or first one. */
    private UUID reachable(UUID practiceId) {
        Caller caller = callers.current();
        if (practiceId == null) {
            return caller.practiceIds().stream().sorted().findFirst()
                    .orElseThrow(() -> new NotFound("You work in no practice"));
        }
        if (!caller.worksIn(practiceId)) {
            throw new NotFound("No practice " + practiceId);
        }
        return practiceId;
    }

    private static ServiceChange checked(ServiceChange change, List<ServiceCategory> categories) {
        Map<String, String> problems = versionAndName(change.version(), change.name());
        String email = trimmed(change.email());
        String website = trimmed(change.website());
        String status = change.status() == null ? null : change.status().trim().toLowerCase(java.util.Locale.ROOT);
        put(problems, "email", EntryRules.email(email));
        put(problems, "website", EntryRules.website(website));
        put(problems, "status", EntryRules.status(status));
        for (int i = 0; i < change.categories().size(); i++) {
            java.util.Optional<ServiceCategory> category = ServiceCategory.of(change.categories().get(i));
            if (category.isEmpty()) {
                problems.put("categories[" + i + "]", "must be one of " + String.join(", ",
                        java.util.Arrays.stream(ServiceCategory.values()).map(ServiceCategory::code).toList()));
            } else if (!categories.contains(category.get())) {
                categories.add(category.get());
            }
        }
        List<String> zips = change.zipCodes().stream().map(String::trim).filter(zip -> !zip.isEmpty()).toList();
        for (int i = 0; i < zips.size(); i++) {
            put(problems, "zipCodes[" + i + "]", EntryRules.zip(zips.get(i)));
        }
        refuseAny(problems);
        return new ServiceChange(change.version(), change.name().trim(), trimmed(change.description()), email, website,
                status, trimmed(change.eligibility()), trimmed(change.fees()),
                categories.stream().map(ServiceCategory::code).toList(),
                change.languages().stream().filter(l -> !blank(l)).map(LanguageNames::nameOf).distinct().toList(),
                zips.stream().map(EntryRules::fiveDigits).distinct().toList(),
                change.phones().stream().filter(p -> !blank(p)).map(String::trim).toList(), change.lastVerified());
    }

    private static void put(Map<String, String> problems, String field, String problem) {
        if (problem != null) {
            problems.put(field, problem);
        }
    }

    private static String trimmed(String text) {
        return blank(text) ? null : text.trim();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
