package org.careloop.community.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.careloop.community.LanguageNames;
import org.careloop.community.HsdsProblem;
import org.careloop.community.ServiceCategory;
import org.careloop.community.internal.HsdsTables.Row;

/**
 * Checks every file of an HSDS package before anything is stored, and turns it into {@link HsdsContent}. Every
 * problem is collected (not only the first), naming file, row and column. References must resolve: a service's
 * organization may already be in the practice's directory; phones, hours, languages, service areas, categories and
 * places of a service must belong to a service in the same package, because a re-import replaces them along with
 * the service.
 * <p>
 * How CareLoop reads HSDS where the standard leaves room: a service's categories come from {@code attributes.csv}
 * rows linking it ({@code link_entity} service) to a {@code taxonomy_terms.csv} term whose code or name is a
 * CareLoop category ({@link ServiceCategory}: housing, food, transportation, utilities, interpersonal-safety,
 * caregiver-support, mental-health, financial-help); other terms are noted, not kept. The ZIP codes served come
 * from {@code service_areas.csv} rows of extent type {@code text} (or none) whose {@code extent} lists ZIP codes
 * separated by spaces, commas or semicolons, or whose {@code name} is one ZIP code; other areas are noted. Hours
 * come from weekly {@code schedules.csv} rows (byday, opens_at, closes_at), read as the practice's local time;
 * monthly schedules are noted. A location's address is its first {@code addresses.csv} row.
 */
public final class HsdsReading {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:Z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern DAY = Pattern.compile("([+-]?\\d+)?(MO|TU|WE|TH|FR|SA|SU)");
    private static final Map<String, DayOfWeek> DAYS = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY,
            "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY,
            "SU", DayOfWeek.SUNDAY);
    private static final Map<String, List<String>> REQUIRED_COLUMNS = Map.ofEntries(
            Map.entry("organizations.csv", List.of("id", "name")),
            Map.entry("services.csv", List.of("id", "organization_id", "name", "status")),
            Map.entry("locations.csv", List.of("id")),
            Map.entry("addresses.csv", List.of("id", "location_id", "address_1", "city", "state_province", "postal_code")),
            Map.entry("service_at_location.csv", List.of("id", "service_id", "location_id")),
            Map.entry("phones.csv", List.of("id", "number")),
            Map.entry("schedules.csv", List.of("id")),
            Map.entry("languages.csv", List.of("id")),
            Map.entry("service_areas.csv", List.of("id")),
            Map.entry("taxonomy_terms.csv", List.of("id")),
            Map.entry("attributes.csv", List.of("id", "link_id", "taxonomy_term_id", "link_entity")));

    /** The HSDS ids the practice's directory holds already, which a package may refer to without repeating. */
    public record Known(Set<String> organizations, Set<String> locations) {
    }

    /** The content when the package is sound, else the problems (and no content). */
    public record Result(HsdsContent content, List<HsdsProblem> problems) {
    }

    private final HsdsTables tables;
    private final Known known;
    private final List<HsdsProblem> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private HsdsReading(HsdsTables tables, Known known) {
        this.tables = tables;
        this.known = known;
    }

    public static Result read(HsdsTables tables, Known known) {
        return new HsdsReading(tables, known).read();
    }

    private Result read() {
        problems.addAll(tables.problems());
        tables.ignored().forEach(file -> notes.add(file + " is not read by CareLoop"));
        for (String required : List.of("organizations.csv", "services.csv")) {
            if (tables.table(required).isEmpty() && tables.problems().isEmpty()) {
                problems.add(new HsdsProblem(required, 0, null, "is missing from the package"));
            }
        }
        REQUIRED_COLUMNS.forEach((file, columns) -> tables.table(file).ifPresent(table -> columns.stream()
                .filter(column -> !table.columns().contains(column))
                .forEach(column -> problems.add(new HsdsProblem(table.file(), 1, column, "missing column")))));
        if (!problems.isEmpty()) {
            return new Result(null, List.copyOf(problems));
        }
        Map<String, Row> organizationRows = byId("organizations.csv");
        Map<String, Row> locationRows = byId("locations.csv");
        Map<String, Row> serviceRows = byId("services.csv");
        Map<String, Row> linkRows = byId("service_at_location.csv");

        Map<String, List<String>> phones = phones(organizationRows, serviceRows, locationRows, linkRows);
        List<HsdsContent.Organization> organizations = organizationRows.values().stream()
                .map(row -> organization(row, phones)).toList();
        Map<String, Row> addresses = addresses(locationRows);
        List<HsdsContent.Location> locations = locationRows.values().stream()
                .map(row -> location(row, organizationRows, addresses.get(row.get("id")), phones)).toList();
        Map<String, List<String>> languages = languages(serviceRows);
        Map<String, Set<String>> zipCodes = serviceAreas(serviceRows, linkRows);
        Map<String, Set<ServiceCategory>> categories = categories(serviceRows);
        List<HsdsContent.Service> services = serviceRows.values().stream().map(row -> service(row, organizationRows,
                phones, languages, zipCodes, categories)).toList();
        long uncategorized = services.stream().filter(service -> service.categories().isEmpty()).count();
        if (uncategorized > 0) {
            notes.add(uncategorized + " service" + (uncategorized == 1 ? " has" : "s have")
                    + " no CareLoop category and will not be suggested for a need");
        }
        List<HsdsContent.ServiceAtLocation> links = linkRows.values().stream()
                .filter(row -> reference(row, "service_id", serviceRows.keySet(), null, "services.csv")
                        & reference(row, "location_id", locationRows.keySet(), known.locations(), "locations.csv"))
                .map(row -> new HsdsContent.ServiceAtLocation(row.get("id"), row.get("service_id"), row.get("location_id")))
                .toList();
        List<HsdsContent.Schedule> schedules = schedules(serviceRows, locationRows, linkRows, links);
        if (!problems.isEmpty()) {
            return new Result(null, List.copyOf(problems));
        }
        return new Result(new HsdsContent(organizations, locations, services, links, schedules, notes), List.of());
    }

    private HsdsContent.Organization organization(Row row, Map<String, List<String>> phones) {
        required(row, "name");
        check(row, "email", EntryRules::email);
        check(row, "website", EntryRules::website);
        return new HsdsContent.Organization(row.get("id"), row.get("name"), row.get("description"), row.get("email"),
                row.get("website"), phones.getOrDefault("organization:" + row.get("id"), List.of()));
    }

    private HsdsContent.Location location(Row row, Map<String, Row> organizations, Row address,
                                          Map<String, List<String>> phones) {
        if (row.get("organization_id") != null) {
            reference(row, "organization_id", organizations.keySet(), known.organizations(), "organizations.csv");
        }
        return new HsdsContent.Location(row.get("id"), row.get("organization_id"), row.get("name"),
                address == null ? null : address.get("id"), address == null ? null : join(address.get("address_1"), address.get("address_2")),
                address == null ? null : address.get("city"), address == null ? null : address.get("state_province"),
                address == null ? null : address.get("postal_code"), address == null ? null : address.get("country"),
                phones.getOrDefault("location:" + row.get("id"), List.of()));
    }

    private HsdsContent.Service service(Row row, Map<String, Row> organizations, Map<String, List<String>> phones,
                                        Map<String, List<String>> languages, Map<String, Set<String>> zipCodes,
                                        Map<String, Set<ServiceCategory>> categories) {
        String id = row.get("id");
        required(row, "name");
        reference(row, "organization_id", organizations.keySet(), known.organizations(), "organizations.csv");
        String status = row.get("status") == null ? null : row.get("status").toLowerCase(Locale.ROOT);
        check(row, "status", value -> EntryRules.status(status));
        check(row, "email", EntryRules::email);
        check(row, "url", EntryRules::website);
        LocalDate verified = null;
        if (row.get("assured_date") != null) {
            try {
                verified = LocalDate.parse(row.get("assured_date").length() > 10
                        ? row.get("assured_date").substring(0, 10) : row.get("assured_date"));
            } catch (DateTimeParseException e) {
                problem(row, "assured_date", "must be a date written YYYY-MM-DD");
            }
        }
        return new HsdsContent.Service(id, row.get("organization_id"), row.get("name"), row.get("description"),
                row.get("email"), row.get("url"), status, row.get("eligibility_description"),
                row.get("fees_description"), List.copyOf(categories.getOrDefault(id, Set.of())),
                languages.getOrDefault(id, List.of()), List.copyOf(zipCodes.getOrDefault(id, Set.of())),
                phones.getOrDefault("service:" + id, List.of()), verified);
    }

    /** Phones by owner ("service:ID", "organization:ID", "location:ID"), in file order. */
    private Map<String, List<String>> phones(Map<String, Row> organizations, Map<String, Row> services,
                                             Map<String, Row> locations, Map<String, Row> links) {
        Map<String, List<String>> phones = new HashMap<>();
        for (Row row : unique("phones.csv")) {
            if (required(row, "number")) {
                continue;
            }
            String owner = null;
            if (row.get("service_id") != null) {
                owner = reference(row, "service_id", services.keySet(), null, "services.csv") ? "service:" + row.get("service_id") : "";
            } else if (row.get("service_at_location_id") != null) {
                owner = reference(row, "service_at_location_id", links.keySet(), null, "service_at_location.csv")
                        ? "service:" + links.get(row.get("service_at_location_id")).get("service_id") : "";
            } else if (row.get("location_id") != null) {
                owner = reference(row, "location_id", locations.keySet(), null, "locations.csv") ? "location:" + row.get("location_id") : "";
            } else if (row.get("organization_id") != null) {
                owner = reference(row, "organization_id", organizations.keySet(), null, "organizations.csv")
                        ? "organization:" + row.get("organization_id") : "";
            }
            if (owner == null) {
                problem(row, null, "names no service, location or organization (service_id, location_id or organization_id)");
            } else if (!owner.isEmpty()) {
                String number = row.get("number") + (row.get("extension") == null ? "" : " ext. " + row.get("extension"));
                phones.computeIfAbsent(owner, key -> new ArrayList<>()).add(number);
            }
        }
        return phones;
    }

    /** The first address of each location. */
    private Map<String, Row> addresses(Map<String, Row> locations) {
        Map<String, Row> first = new HashMap<>();
        for (Row row : unique("addresses.csv")) {
            if (!reference(row, "location_id", locations.keySet(), null, "locations.csv")) {
                continue;
            }
            for (String column : List.of("address_1", "city", "state_province", "postal_code")) {
                required(row, column);
            }
            String country = row.get("country");
            if (country == null || country.equalsIgnoreCase("US") || country.equalsIgnoreCase("USA")) {
                check(row, "postal_code", EntryRules::zip);
            }
            if (first.putIfAbsent(row.get("location_id"), row) != null) {
                note(row, "location " + row.get("location_id")
                        + " has another address already; only the first is kept");
            }
        }
        return first;
    }

    private Map<String, List<String>> languages(Map<String, Row> services) {
        Map<String, List<String>> languages = new HashMap<>();
        for (Row row : unique("languages.csv")) {
            if (row.get("service_id") == null) {
                note(row, "only languages of a service are read");
                continue;
            }
            if (!reference(row, "service_id", services.keySet(), null, "services.csv")) {
                continue;
            }
            String given = row.get("name") != null ? row.get("name") : row.get("code");
            if (given == null) {
                problem(row, "name", "must name the language (name or code)");
                continue;
            }
            List<String> spoken = languages.computeIfAbsent(row.get("service_id"), key -> new ArrayList<>());
            String name = LanguageNames.nameOf(given);
            if (!spoken.contains(name)) {
                spoken.add(name);
            }
        }
        return languages;
    }

    private Map<String, Set<String>> serviceAreas(Map<String, Row> services, Map<String, Row> links) {
        Map<String, Set<String>> zipCodes = new HashMap<>();
        for (Row row : unique("service_areas.csv")) {
            String service = serviceOf(row, services, links);
            if (service == null) {
                continue;
            }
            String type = row.get("extent_type") == null ? "text" : row.get("extent_type").toLowerCase(Locale.ROOT);
            List<String> tokens = new ArrayList<>();
            if (type.equals("text") && row.get("extent") != null) {
                tokens.addAll(List.of(row.get("extent").split("[,;\\s]+")));
            }
            if (row.get("name") != null && EntryRules.zip(row.get("name")) == null) {
                tokens.add(row.get("name"));
            }
            if (tokens.isEmpty()) {
                note(row, "only ZIP codes are read as service areas"
                        + (type.equals("text") ? "" : " (not " + type + ")"));
                continue;
            }
            boolean words = false;
            for (String token : tokens) {
                if (EntryRules.zip(token) == null) {
                    zipCodes.computeIfAbsent(service, key -> new LinkedHashSet<>()).add(EntryRules.fiveDigits(token));
                } else if (token.matches("[\\d-]+")) {
                    problem(row, "extent", "'" + token + "' is not a ZIP code; list five-digit ZIP codes separated by spaces");
                } else {
                    words = true;
                }
            }
            if (words) {
                note(row, "only the ZIP codes of the area are read, not its words ('" + row.get("extent") + "')");
            }
        }
        return zipCodes;
    }

    private Map<String, Set<ServiceCategory>> categories(Map<String, Row> services) {
        Map<String, Row> terms = byId("taxonomy_terms.csv");
        Map<String, Set<ServiceCategory>> categories = new HashMap<>();
        Set<String> foreignTerms = new LinkedHashSet<>();
        for (Row row : unique("attributes.csv")) {
            if (!"service".equalsIgnoreCase(row.get("link_entity"))) {
                note(row, "only attributes of a service are read");
                continue;
            }
            boolean linked = reference(row, "link_id", services.keySet(), null, "services.csv");
            if (!reference(row, "taxonomy_term_id", terms.keySet(), null, "taxonomy_terms.csv") || !linked) {
                continue;
            }
            Row term = terms.get(row.get("taxonomy_term_id"));
            ServiceCategory.of(term.get("code")).or(() -> ServiceCategory.of(term.get("name"))).ifPresentOrElse(
                    category -> categories.computeIfAbsent(row.get("link_id"), key -> EnumSet.noneOf(ServiceCategory.class)).add(category),
                    () -> foreignTerms.add(term.get("name") != null ? term.get("name") : term.get("id")));
        }
        foreignTerms.forEach(term -> notes.add("taxonomy term '" + term + "' is no CareLoop category and is not kept"));
        return categories;
    }

    private List<HsdsContent.Schedule> schedules(Map<String, Row> services, Map<String, Row> locations,
                                                 Map<String, Row> links, List<HsdsContent.ServiceAtLocation> kept) {
        List<HsdsContent.Schedule> schedules = new ArrayList<>();
        for (Row row : unique("schedules.csv")) {
            String freq = row.get("freq");
            if (freq != null && !freq.equalsIgnoreCase("WEEKLY")) {
                note(row, "only weekly hours are read (not " + freq + ")");
                continue;
            }
            if (row.get("byday") == null && row.get("opens_at") == null && row.get("closes_at") == null) {
                note(row, "has no weekly days and times to read");
                continue;
            }
            Set<DayOfWeek> days = days(row);
            LocalTime opens = time(row, "opens_at");
            LocalTime closes = time(row, "closes_at");
            if (opens != null && closes != null && !closes.isAfter(opens)) {
                problem(row, "closes_at", "must be after opens_at (" + opens + ")");
            }
            List<String[]> owners = new ArrayList<>();
            if (row.get("service_id") != null) {
                if (reference(row, "service_id", services.keySet(), null, "services.csv")) {
                    owners.add(new String[] {row.get("service_id"), row.get("location_id")});
                }
            } else if (row.get("service_at_location_id") != null) {
                if (reference(row, "service_at_location_id", links.keySet(), null, "service_at_location.csv")) {
                    Row link = links.get(row.get("service_at_location_id"));
                    owners.add(new String[] {link.get("service_id"), link.get("location_id")});
                }
            } else if (row.get("location_id") != null) {
                if (reference(row, "location_id", locations.keySet(), null, "locations.csv")) {
                    kept.stream().filter(link -> link.locationId().equals(row.get("location_id")))
                            .forEach(link -> owners.add(new String[] {link.serviceId(), link.locationId()}));
                }
            } else {
                problem(row, null, "names no service, service at location or location");
            }
            if (days != null && opens != null && closes != null && closes.isAfter(opens)) {
                owners.forEach(owner -> schedules.add(new HsdsContent.Schedule(owner[0], owner[1], days, opens, closes,
                        row.get("description"))));
            }
        }
        return schedules;
    }

    private Set<DayOfWeek> days(Row row) {
        if (required(row, "byday")) {
            return null;
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String token : row.get("byday").toUpperCase(Locale.ROOT).split("\\s*,\\s*")) {
            Matcher day = DAY.matcher(token);
            if (!day.matches() || day.group(1) != null) {
                problem(row, "byday", "'" + token + "' is not a weekday: use MO, TU, WE, TH, FR, SA, SU separated by commas");
                return null;
            }
            days.add(DAYS.get(day.group(2)));
        }
        return days;
    }

    private LocalTime time(Row row, String column) {
        if (required(row, column)) {
            return null;
        }
        Matcher time = TIME.matcher(row.get(column));
        if (time.matches()) {
            int hour = Integer.parseInt(time.group(1));
            int minute = Integer.parseInt(time.group(2));
            if (hour < 24 && minute < 60) {
                return LocalTime.of(hour, minute);
            }
        }
        problem(row, column, "must be a time written HH:MM, such as 09:00");
        return null;
    }

    private String serviceOf(Row row, Map<String, Row> services, Map<String, Row> links) {
        if (row.get("service_id") != null) {
            return reference(row, "service_id", services.keySet(), null, "services.csv") ? row.get("service_id") : null;
        }
        if (row.get("service_at_location_id") != null) {
            return reference(row, "service_at_location_id", links.keySet(), null, "service_at_location.csv")
                    ? links.get(row.get("service_at_location_id")).get("service_id") : null;
        }
        problem(row, "service_id", "must name the service the area belongs to");
        return null;
    }

    /** The rows of a file by id; a missing or repeated id is a problem (and the row is left out). */
    private Map<String, Row> byId(String canonical) {
        Map<String, Row> rows = new LinkedHashMap<>();
        unique(canonical).forEach(row -> rows.put(row.get("id"), row));
        return rows;
    }

    private List<Row> unique(String canonical) {
        Set<String> seen = new HashSet<>();
        List<Row> rows = new ArrayList<>();
        for (Row row : tables.rows(canonical)) {
            if (required(row, "id")) {
                continue;
            }
            if (!seen.add(row.get("id"))) {
                problem(row, "id", "'" + row.get("id") + "' is given to an earlier row too");
                continue;
            }
            rows.add(row);
        }
        return rows;
    }

    /** Whether the row's column names an entry of the package (or, when {@code known} is given, of the directory). */
    private boolean reference(Row row, String column, Set<String> inPackage, Set<String> known, String target) {
        String value = row.get(column);
        if (value == null) {
            problem(row, column, "is required");
            return false;
        }
        if (inPackage.contains(value) || (known != null && known.contains(value))) {
            return true;
        }
        problem(row, column, "'" + value + "' is not an id in " + target
                + (known == null ? " of this package" : " nor in the directory"));
        return false;
    }

    /** Whether the column is empty, in which case it is a problem. */
    private boolean required(Row row, String column) {
        if (row.get(column) == null) {
            problem(row, column, "is required");
            return true;
        }
        return false;
    }

    private void check(Row row, String column, Function<String, String> rule) {
        String problem = rule.apply(row.get(column));
        if (problem != null) {
            problem(row, column, problem);
        }
    }

    private void note(Row row, String note) {
        notes.add(row.file() + " row " + row.number() + ": " + note);
    }

    private void problem(Row row, String column, String problem) {
        problems.add(new HsdsProblem(row.file(), row.number(), column, problem));
    }


    private static String join(String first, String second) {
        return second == null ? first : first == null ? second : first + ", " + second;
    }
}
