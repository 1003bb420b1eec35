package org.careloop.community.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.careloop.community.CommunityService;
import org.careloop.community.DirectoryLocation;
import org.careloop.community.DirectoryOrganization;
import org.careloop.community.LocationChange;
import org.careloop.community.OrganizationChange;
import org.careloop.community.ServiceCategory;
import org.careloop.community.ServiceChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The practices' directories as care managers read them: services with their organization, places and hours. */
@Repository
public class StoredDirectory {

    private static final String SERVICE = """
            select s.id, s.practice_id, s.hsds_id, s.organization_id, o.name as organization_name,
                   o.email as organization_email, o.website as organization_website, o.phones as organization_phones,
                   s.name, s.description, s.email, s.url, s.status, s.eligibility, s.fees, s.categories, s.languages,
                   s.zip_codes, s.phones, s.last_verified, s.version
              from community_service s join community_organization o on o.id = s.organization_id
            """;

    private final JdbcClient jdbc;

    StoredDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The practice's services of a category (all when null), active ones only when asked, by name. */
    public List<CommunityService> services(UUID practice, ServiceCategory category, boolean activeOnly) {
        return complete(jdbc.sql(SERVICE + """
                 where s.practice_id = :practice and (cast(:category as text) is null or :category = any(s.categories))
                   and (not :active or s.status = 'active')
                 order by s.name, s.id""")
                .param("practice", practice).param("category", category == null ? null : category.code())
                .param("active", activeOnly).query(this::mapped).list());
    }

    public Optional<CommunityService> service(UUID id) {
        return complete(jdbc.sql(SERVICE + " where s.id = ?").param(id).query(this::mapped).list())
                .stream().findFirst();
    }

    /** Saves an administrator's edit if nobody changed the entry since {@code version}; answers whether it did. */
    public boolean revise(UUID id, ServiceChange change, List<ServiceCategory> categories, Instant at) {
        return jdbc.sql("""
                update community_service set name = ?, description = ?, email = ?, url = ?, status = ?, eligibility = ?,
                       fees = ?, categories = ?, languages = ?, zip_codes = ?, phones = ?, last_verified = ?,
                       version = version + 1, updated_at = ?
                 where id = ? and version = ?""")
                .params(change.name().trim(), change.description(), change.email(), change.website(), change.status(),
                        change.eligibility(), change.fees(),
                        categories.stream().map(ServiceCategory::code).toArray(String[]::new),
                        change.languages().toArray(String[]::new), change.zipCodes().toArray(String[]::new),
                        change.phones().toArray(String[]::new), change.lastVerified(), Timestamp.from(at), id,
                        change.version())
                .update() == 1;
    }

    private static final String ORGANIZATION = """
            select id, practice_id, hsds_id, name, description, email, website, phones, version
              from community_organization
            """;

    private static final String LOCATION = """
            select l.id, l.practice_id, l.hsds_id, o.name as organization_name, l.name, l.address_1, l.city, l.state,
                   l.postal_code, l.phones, l.version
              from community_location l left join community_organization o on o.id = l.organization_id
            """;

    /** The practice's organizations, by name. */
    public List<DirectoryOrganization> organizations(UUID practice) {
        return jdbc.sql(ORGANIZATION + " where practice_id = ? order by name, id").param(practice)
                .query(StoredDirectory::organization).list();
    }

    public Optional<DirectoryOrganization> organization(UUID id) {
        return jdbc.sql(ORGANIZATION + " where id = ?").param(id).query(StoredDirectory::organization).optional();
    }

    /** The practice's locations, by name. */
    public List<DirectoryLocation> locations(UUID practice) {
        return jdbc.sql(LOCATION + " where l.practice_id = ? order by l.name, l.id").param(practice)
                .query(StoredDirectory::location).list();
    }

    public Optional<DirectoryLocation> location(UUID id) {
        return jdbc.sql(LOCATION + " where l.id = ?").param(id).query(StoredDirectory::location).optional();
    }

    /** Saves an administrator's correction if nobody changed the organization since its version; answers whether. */
    public boolean revise(UUID id, OrganizationChange change, Instant at) {
        return jdbc.sql("""
                update community_organization set name = ?, description = ?, email = ?, website = ?, phones = ?,
                       version = version + 1, updated_at = ?
                 where id = ? and version = ?""")
                .params(change.name(), change.description(), change.email(), change.website(),
                        change.phones().toArray(String[]::new), Timestamp.from(at), id, change.version())
                .update() == 1;
    }

    /** Saves an administrator's correction if nobody changed the location since its version; answers whether. */
    public boolean revise(UUID id, LocationChange change, Instant at) {
        return jdbc.sql("""
                update community_location set name = ?, address_1 = ?, city = ?, state = ?, postal_code = ?,
                       phones = ?, version = version + 1, updated_at = ?
                 where id = ? and version = ?""")
                .params(change.name(), change.address(), change.city(), change.state(), change.postalCode(),
                        change.phones().toArray(String[]::new), Timestamp.from(at), id, change.version())
                .update() == 1;
    }

    private static DirectoryOrganization organization(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new DirectoryOrganization(rs.getObject("id", UUID.class), rs.getObject("practice_id", UUID.class),
                rs.getString("hsds_id"), rs.getString("name"), rs.getString("description"), rs.getString("email"),
                rs.getString("website"), HsdsStore.texts(rs.getArray("phones")), rs.getInt("version"));
    }

    private static DirectoryLocation location(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new DirectoryLocation(rs.getObject("id", UUID.class), rs.getObject("practice_id", UUID.class),
                rs.getString("hsds_id"), rs.getString("organization_name"), rs.getString("name"),
                rs.getString("address_1"), rs.getString("city"), rs.getString("state"), rs.getString("postal_code"),
                HsdsStore.texts(rs.getArray("phones")), rs.getInt("version"));
    }

    private CommunityService mapped(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new CommunityService(rs.getObject("id", UUID.class), rs.getObject("practice_id", UUID.class),
                rs.getString("hsds_id"), new CommunityService.Organization(rs.getObject("organization_id", UUID.class),
                        rs.getString("organization_name"), rs.getString("organization_email"),
                        rs.getString("organization_website"), HsdsStore.texts(rs.getArray("organization_phones"))),
                rs.getString("name"), rs.getString("description"), rs.getString("email"), rs.getString("url"),
                rs.getString("status"), rs.getString("eligibility"), rs.getString("fees"),
                HsdsStore.categories(rs.getArray("categories")), HsdsStore.texts(rs.getArray("languages")),
                HsdsStore.texts(rs.getArray("zip_codes")), HsdsStore.texts(rs.getArray("phones")),
                rs.getObject("last_verified", LocalDate.class), rs.getInt("version"), List.of(), List.of());
    }

    /** The services with their places and hours: two queries, whatever their number. */
    private List<CommunityService> complete(List<CommunityService> services) {
        if (services.isEmpty()) {
            return services;
        }
        UUID[] ids = services.stream().map(CommunityService::id).toArray(UUID[]::new);
        Map<UUID, List<CommunityService.Place>> places = new HashMap<>();
        jdbc.sql("""
                select sl.service_id, l.id, l.name, l.address_1, l.city, l.state, l.postal_code, l.phones
                  from community_service_location sl join community_location l on l.id = sl.location_id
                 where sl.service_id = any(?) order by l.name, l.id""").param(ids)
                .query((rs, n) -> places.computeIfAbsent(rs.getObject(1, UUID.class), key -> new ArrayList<>())
                        .add(new CommunityService.Place(rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), HsdsStore.texts(rs.getArray(8)))))
                .list();
        Map<UUID, List<CommunityService.Hours>> hours = new HashMap<>();
        jdbc.sql("select service_id, days, opens_at, closes_at from community_schedule where service_id = any(?) order by opens_at, closes_at, days, id")
                .param(ids)
                .query((rs, n) -> hours.computeIfAbsent(rs.getObject(1, UUID.class), key -> new ArrayList<>())
                        .add(new CommunityService.Hours(HsdsStore.days(rs.getArray(2)), rs.getObject(3, LocalTime.class),
                                rs.getObject(4, LocalTime.class))))
                .list();
        return services.stream().map(s -> new CommunityService(s.id(), s.practiceId(), s.hsdsId(), s.organization(),
                s.name(), s.description(), s.email(), s.website(), s.status(),
                s.eligibility(), s.fees(), s.categories(), s.languages(), s.zipCodes(), s.phones(), s.lastVerified(),
                s.version(), places.getOrDefault(s.id(), List.of()), hours.getOrDefault(s.id(), List.of()))).toList();
    }
}
