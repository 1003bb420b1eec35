package org.careloop.community.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.careloop.community.ServiceCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The directory's tables as an HSDS package sees them: entries keyed by HSDS id. Writing upserts organizations,
 * locations and services by HSDS id within the practice and replaces the places and hours of every service the
 * package holds; the caller runs it in one transaction, so a package lands whole or not at all.
 */
@Repository
public class HsdsStore {

    /** How many entries were new and how many updated one of the same HSDS id. */
    public record Written(int created, int updated) {
    }

    private final JdbcClient jdbc;

    HsdsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public HsdsReading.Known known(UUID practice) {
        return new HsdsReading.Known(
                Set.copyOf(jdbc.sql("select hsds_id from community_organization where practice_id = ?").param(practice)
                        .query(String.class).list()),
                Set.copyOf(jdbc.sql("select hsds_id from community_location where practice_id = ?").param(practice)
                        .query(String.class).list()));
    }

    public Written write(UUID practice, HsdsContent content, Instant at) {
        int[] counts = new int[2];
        Timestamp now = Timestamp.from(at);
        Map<String, UUID> organizations = ids("community_organization", practice);
        for (HsdsContent.Organization o : content.organizations()) {
            organizations.put(o.id(), upsert(counts, jdbc.sql("""
                    insert into community_organization (id, practice_id, hsds_id, name, description, email, website,
                                                        phones, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (practice_id, hsds_id) do update set name = excluded.name,
                        description = excluded.description, email = excluded.email, website = excluded.website,
                        phones = excluded.phones, version = community_organization.version + 1,
                        updated_at = excluded.updated_at
                    returning id, xmax = 0 as created""").params(UUID.randomUUID(), practice, o.id(), o.name(),
                    o.description(), o.email(), o.website(), o.phones().toArray(String[]::new), now)));
        }
        Map<String, UUID> locations = ids("community_location", practice);
        for (HsdsContent.Location l : content.locations()) {
            locations.put(l.id(), upsert(counts, jdbc.sql("""
                    insert into community_location (id, practice_id, hsds_id, organization_id, name, address_hsds_id,
                                                    address_1, city, state, postal_code, country, phones, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (practice_id, hsds_id) do update set organization_id = excluded.organization_id,
                        name = excluded.name, address_hsds_id = excluded.address_hsds_id,
                        address_1 = excluded.address_1, city = excluded.city, state = excluded.state,
                        postal_code = excluded.postal_code, country = excluded.country, phones = excluded.phones,
                        version = community_location.version + 1, updated_at = excluded.updated_at
                    returning id, xmax = 0 as created""").params(UUID.randomUUID(), practice, l.id(),
                    l.organizationId() == null ? null : organizations.get(l.organizationId()), l.name(), l.addressId(),
                    l.address(), l.city(), l.state(), l.postalCode(), l.country(), l.phones().toArray(String[]::new), now)));
        }
        Map<String, UUID> services = new HashMap<>();
        for (HsdsContent.Service s : content.services()) {
            services.put(s.id(), upsert(counts, jdbc.sql("""
                    insert into community_service (id, practice_id, hsds_id, organization_id, name, description, email,
                                                   url, status, eligibility, fees, categories, languages, zip_codes,
                                                   phones, last_verified, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (practice_id, hsds_id) do update set organization_id = excluded.organization_id,
                        name = excluded.name, description = excluded.description, email = excluded.email,
                        url = excluded.url, status = excluded.status, eligibility = excluded.eligibility,
                        fees = excluded.fees, categories = excluded.categories, languages = excluded.languages,
                        zip_codes = excluded.zip_codes, phones = excluded.phones,
                        last_verified = excluded.last_verified, version = community_service.version + 1,
                        updated_at = excluded.updated_at
                    returning id, xmax = 0 as created""").params(UUID.randomUUID(), practice, s.id(),
                    organizations.get(s.organizationId()), s.name(), s.description(), s.email(), s.url(), s.status(),
                    s.eligibility(), s.fees(), s.categories().stream().map(ServiceCategory::code).toArray(String[]::new),
                    s.languages().toArray(String[]::new), s.zipCodes().toArray(String[]::new),
                    s.phones().toArray(String[]::new), s.lastVerified(), now)));
        }
        UUID[] replaced = services.values().toArray(UUID[]::new);
        jdbc.sql("delete from community_schedule where service_id = any(?)").param(replaced).update();
        jdbc.sql("delete from community_service_location where service_id = any(?)").param(replaced).update();
        for (HsdsContent.ServiceAtLocation link : content.serviceAtLocations()) {
            jdbc.sql("""
                    insert into community_service_location (id, practice_id, hsds_id, service_id, location_id)
                    values (?, ?, ?, ?, ?)
                    on conflict (practice_id, hsds_id) do update set service_id = excluded.service_id,
                        location_id = excluded.location_id""")
                    .params(UUID.randomUUID(), practice, link.id(), services.get(link.serviceId()),
                            locations.get(link.locationId())).update();
        }
        for (HsdsContent.Schedule hours : content.schedules()) {
            jdbc.sql("""
                    insert into community_schedule (id, service_id, location_id, days, opens_at, closes_at, description)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), services.get(hours.serviceId()),
                            hours.locationId() == null ? null : locations.get(hours.locationId()),
                            hours.days().stream().sorted().map(HsdsStore::dayCode).toArray(String[]::new),
                            hours.opensAt(), hours.closesAt(), hours.description()).update();
        }
        return new Written(counts[0], counts[1]);
    }

    /** The practice's whole directory, for an HSDS export. */
    public HsdsContent read(UUID practice) {
        List<HsdsContent.Organization> organizations = jdbc.sql("""
                select hsds_id, name, description, email, website, phones from community_organization
                 where practice_id = ? order by hsds_id""").param(practice)
                .query((rs, n) -> new HsdsContent.Organization(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), texts(rs.getArray(6)))).list();
        List<HsdsContent.Location> locations = jdbc.sql("""
                select l.hsds_id, o.hsds_id, l.name, l.address_hsds_id, l.address_1, l.city, l.state, l.postal_code,
                       l.country, l.phones
                  from community_location l left join community_organization o on o.id = l.organization_id
                 where l.practice_id = ? order by l.hsds_id""").param(practice)
                .query((rs, n) -> new HsdsContent.Location(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), texts(rs.getArray(10)))).list();
        List<HsdsContent.Service> services = jdbc.sql("""
                select s.hsds_id, o.hsds_id, s.name, s.description, s.email, s.url, s.status, s.eligibility, s.fees,
                       s.categories, s.languages, s.zip_codes, s.phones, s.last_verified
                  from community_service s join community_organization o on o.id = s.organization_id
                 where s.practice_id = ? order by s.hsds_id""").param(practice)
                .query((rs, n) -> new HsdsContent.Service(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), categories(rs.getArray(10)), texts(rs.getArray(11)), texts(rs.getArray(12)),
                        texts(rs.getArray(13)), rs.getObject(14, LocalDate.class))).list();
        List<HsdsContent.ServiceAtLocation> links = jdbc.sql("""
                select sl.hsds_id, s.hsds_id, l.hsds_id from community_service_location sl
                  join community_service s on s.id = sl.service_id join community_location l on l.id = sl.location_id
                 where sl.practice_id = ? order by sl.hsds_id""").param(practice)
                .query((rs, n) -> new HsdsContent.ServiceAtLocation(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        List<HsdsContent.Schedule> schedules = jdbc.sql("""
                select s.hsds_id, l.hsds_id, h.days, h.opens_at, h.closes_at, h.description from community_schedule h
                  join community_service s on s.id = h.service_id left join community_location l on l.id = h.location_id
                 where s.practice_id = ? order by s.hsds_id, h.opens_at, h.closes_at, h.days, h.id""").param(practice)
                .query((rs, n) -> new HsdsContent.Schedule(rs.getString(1), rs.getString(2), days(rs.getArray(3)),
                        rs.getObject(4, LocalTime.class), rs.getObject(5, LocalTime.class), rs.getString(6))).list();
        return new HsdsContent(organizations, locations, services, links, schedules, List.of());
    }

    private Map<String, UUID> ids(String table, UUID practice) {
        return jdbc.sql("select hsds_id, id from " + table + " where practice_id = ?").param(practice)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getObject(2, UUID.class))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, HashMap::new));
    }

    private static UUID upsert(int[] counts, JdbcClient.StatementSpec statement) {
        return statement.query((rs, n) -> {
            counts[rs.getBoolean("created") ? 0 : 1]++;
            return rs.getObject("id", UUID.class);
        }).single();
    }

    static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    static List<ServiceCategory> categories(Array array) throws SQLException {
        return texts(array).stream().map(ServiceCategory::of).flatMap(java.util.Optional::stream).toList();
    }

    static Set<DayOfWeek> days(Array array) throws SQLException {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        texts(array).forEach(code -> Arrays.stream(DayOfWeek.values()).filter(day -> dayCode(day).equals(code))
                .forEach(days::add));
        return days;
    }

    /** The iCal weekday code HSDS uses: MO, TU, ... */
    static String dayCode(DayOfWeek day) {
        return day.name().substring(0, 2);
    }
}
