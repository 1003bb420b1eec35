package org.careloop.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.careloop.NotFound;
import org.careloop.identity.Callers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.careloop.directory.HowToReach.trimmed;

/**
 * The organizations in the directory a practice sees: hospitals and practices imported from EHRs, and the pharmacies,
 * home-health agencies, specialist practices and community services the practice keyed in. Same rights as
 * {@link PractitionerDirectory}.
 */
@Service
public class OrganizationDirectory {

    private static final String SELECT = """
            select id, practice_id, name, kind, phone, fax, email, address_line, city, state, postal_code, active,
                   version
              from organization
             where (practice_id is null or practice_id = any(:practices))""";

    private final JdbcClient jdbc;
    private final DirectoryRights rights;
    private final Callers callers;
    private final HandEntries entries;

    OrganizationDirectory(JdbcClient jdbc, DirectoryRights rights, Callers callers, HandEntries entries) {
        this.jdbc = jdbc;
        this.rights = rights;
        this.callers = callers;
        this.entries = entries;
    }

    /** Organizations whose name contains the text (all when blank), of one kind when given, the practice's first. */
    public List<DirectoryOrganization> search(String text, OrganizationKind kind, boolean includeInactive) {
        rights.reader();
        String wanted = trimmed(text);
        return jdbc.sql(SELECT + """
                   and (active or :inactive)
                   and (cast(:kind as text) is null or kind = :kind)
                   and (cast(:pattern as text) is null or lower(coalesce(name, '')) like :pattern)
                 order by practice_id is null, name, id
                 limit :limit""")
                .param("practices", rights.practices()).param("inactive", includeInactive)
                .param("kind", kind == null ? null : kind.name())
                .param("pattern", wanted == null ? null : "%" + wanted.toLowerCase() + "%")
                .param("limit", PractitionerDirectory.SEARCH_LIMIT).query(OrganizationDirectory::row).list();
    }

    /** One organization the caller's practices see; another practice's entry is not found. */
    public DirectoryOrganization find(UUID id) {
        rights.reader();
        return jdbc.sql(SELECT + " and id = :id").param("practices", rights.practices()).param("id", id)
                .query(OrganizationDirectory::row).optional().orElseThrow(() -> new NotFound("No organization " + id));
    }

    /** The organizations with these ids that the practice sees, by id. */
    public Map<UUID, DirectoryOrganization> seenBy(UUID practiceId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(SELECT + " and id = any(:ids)").param("practices", new UUID[] {practiceId})
                .param("ids", ids.stream().distinct().toArray(UUID[]::new)).query(OrganizationDirectory::row).list()
                .stream().collect(Collectors.toMap(DirectoryOrganization::id, Function.identity()));
    }

    /** Adds an organization to one of the caller's practices (care managers and administrators). */
    @Transactional
    public DirectoryOrganization add(OrganizationEntry entry) {
        OrganizationKind kind = EntryRules.check(entry, false);
        UUID practice = rights.practiceForNewEntry(entry.practiceId());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into organization (id, practice_id, name, kind, phone, fax, email, address_line, city, state,
                                          postal_code, active, entered_by, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?)""")
                .params(id, practice, trimmed(entry.name()), kind.name(), trimmed(entry.phone()), trimmed(entry.fax()),
                        trimmed(entry.email()), trimmed(entry.addressLine()), trimmed(entry.city()),
                        trimmed(entry.state()), trimmed(entry.postalCode()), callers.current().userId(), entries.now())
                .update();
        return find(id);
    }

    /** Corrects a practice's own organization (administrators); a stale version changes nothing. */
    @Transactional
    public DirectoryOrganization revise(UUID id, OrganizationEntry entry) {
        DirectoryOrganization current = find(id);
        rights.refuseChangeUnlessAdministrator(current.practiceId(), "organization " + id);
        OrganizationKind kind = EntryRules.check(entry, true);
        int changed = jdbc.sql("""
                update organization set name = ?, kind = ?, phone = ?, fax = ?, email = ?, address_line = ?, city = ?,
                       state = ?, postal_code = ?, changed_at = ?, version = version + 1
                 where id = ? and version = ?""")
                .params(trimmed(entry.name()), kind.name(), trimmed(entry.phone()), trimmed(entry.fax()),
                        trimmed(entry.email()), trimmed(entry.addressLine()), trimmed(entry.city()),
                        trimmed(entry.state()), trimmed(entry.postalCode()), entries.now(), id, entry.version())
                .update();
        HandEntries.refuseIfStale(changed, "organization", current.version());
        return find(id);
    }

    /** Deactivates or reactivates a practice's own organization (administrators). */
    @Transactional
    public DirectoryOrganization activate(UUID id, boolean active, int version) {
        DirectoryOrganization current = find(id);
        rights.refuseChangeUnlessAdministrator(current.practiceId(), "organization " + id);
        entries.activate("organization", id, active, version, current.version());
        return find(id);
    }

    private static DirectoryOrganization row(ResultSet rs, int n) throws SQLException {
        String kind = rs.getString("kind");
        return new DirectoryOrganization(rs.getObject("id", UUID.class), rs.getObject("practice_id", UUID.class),
                rs.getString("name"), kind == null ? null : OrganizationKind.valueOf(kind), rs.getString("phone"),
                rs.getString("fax"), rs.getString("email"), rs.getString("address_line"), rs.getString("city"),
                rs.getString("state"), rs.getString("postal_code"), rs.getBoolean("active"), rs.getInt("version"));
    }
}
