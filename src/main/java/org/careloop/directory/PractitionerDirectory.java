package org.careloop.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.careloop.InvalidRequest;
import org.careloop.NotFound;
import org.careloop.identity.Callers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.careloop.directory.HowToReach.trimmed;

/**
 * The clinicians in the directory a practice sees: those imported from EHRs (with the specialty, organization and
 * phone of their first role there) and those the practice keyed in. Looked up by name, specialty or organization;
 * added by care managers and administrators, corrected and deactivated by administrators, with a version.
 */
@Service
public class PractitionerDirectory {

    /** At most this many entries answer a search; a longer list is narrowed by typing more. */
    public static final int SEARCH_LIMIT = 50;

    private static final String SELECT = """
            select p.id, p.practice_id, p.prefix, p.given_names, p.family_name,
                   coalesce(p.specialty, r.specialty) as specialty, p.npi, coalesce(p.phone, r.phone) as phone, p.fax,
                   coalesce(p.email, r.email) as email, o.id as organization_id, o.name as organization_name,
                   p.active, p.version
              from practitioner p
              left join lateral (select specialty, phone, email, organization_id from practitioner_role
                                  where practitioner_id = p.id order by specialty nulls last, id limit 1) r on true
              left join organization o on o.id = coalesce(p.organization_id, r.organization_id)
             where (p.practice_id is null or p.practice_id = any(:practices))""";

    private final JdbcClient jdbc;
    private final DirectoryRights rights;
    private final OrganizationDirectory organizations;
    private final Callers callers;
    private final HandEntries entries;

    PractitionerDirectory(JdbcClient jdbc, DirectoryRights rights, OrganizationDirectory organizations,
                          Callers callers, HandEntries entries) {
        this.jdbc = jdbc;
        this.rights = rights;
        this.organizations = organizations;
        this.callers = callers;
        this.entries = entries;
    }

    /** Entries whose name, specialty or organization contains the text (all when blank), the practice's own first. */
    public List<DirectoryPractitioner> search(String text, boolean includeInactive) {
        rights.reader();
        String wanted = trimmed(text);
        return jdbc.sql(SELECT + """
                   and (p.active or :inactive)
                   and (cast(:pattern as text) is null
                        or lower(concat_ws(' ', p.prefix, p.given_names, p.family_name)) like :pattern
                        or lower(coalesce(p.specialty, r.specialty, '')) like :pattern
                        or lower(coalesce(o.name, '')) like :pattern)
                 order by p.practice_id is null, p.family_name, p.given_names, p.id
                 limit :limit""")
                .param("practices", rights.practices()).param("inactive", includeInactive)
                .param("pattern", wanted == null ? null : "%" + wanted.toLowerCase() + "%")
                .param("limit", SEARCH_LIMIT).query(PractitionerDirectory::row).list();
    }

    /** One entry the caller's practices see; another practice's entry is not found. */
    public DirectoryPractitioner find(UUID id) {
        rights.reader();
        return jdbc.sql(SELECT + " and p.id = :id").param("practices", rights.practices()).param("id", id)
                .query(PractitionerDirectory::row).optional().orElseThrow(() -> new NotFound("No practitioner " + id));
    }

    /** The entries with these ids that the practice sees, by id: for a care team read on the patient's practice. */
    public Map<UUID, DirectoryPractitioner> seenBy(UUID practiceId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(SELECT + " and p.id = any(:ids)").param("practices", new UUID[] {practiceId})
                .param("ids", ids.stream().distinct().toArray(UUID[]::new)).query(PractitionerDirectory::row).list()
                .stream().collect(Collectors.toMap(DirectoryPractitioner::id, Function.identity()));
    }

    /** Adds a clinician to one of the caller's practices; the NPI, when given, must carry a valid check digit. */
    @Transactional
    public DirectoryPractitioner add(PractitionerEntry entry) {
        EntryRules.check(entry, false);
        UUID practice = rights.practiceForNewEntry(entry.practiceId());
        checkOrganization(entry.organizationId(), practice);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into practitioner (id, practice_id, prefix, given_names, family_name, specialty, npi, phone, fax,
                                          email, organization_id, active, entered_by, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?)""")
                .params(id, practice, trimmed(entry.prefix()), trimmed(entry.givenNames()), trimmed(entry.familyName()),
                        trimmed(entry.specialty()), trimmed(entry.npi()), trimmed(entry.phone()), trimmed(entry.fax()),
                        trimmed(entry.email()), entry.organizationId(), callers.current().userId(), entries.now())
                .update();
        return find(id);
    }

    /** Corrects a practice's own entry (administrators); a stale version changes nothing. */
    @Transactional
    public DirectoryPractitioner revise(UUID id, PractitionerEntry entry) {
        DirectoryPractitioner current = find(id);
        rights.refuseChangeUnlessAdministrator(current.practiceId(), "practitioner " + id);
        EntryRules.check(entry, true);
        checkOrganization(entry.organizationId(), current.practiceId());
        int changed = jdbc.sql("""
                update practitioner set prefix = ?, given_names = ?, family_name = ?, specialty = ?, npi = ?, phone = ?,
                       fax = ?, email = ?, organization_id = ?, changed_at = ?, version = version + 1
                 where id = ? and version = ?""")
                .params(trimmed(entry.prefix()), trimmed(entry.givenNames()), trimmed(entry.familyName()),
                        trimmed(entry.specialty()), trimmed(entry.npi()), trimmed(entry.phone()), trimmed(entry.fax()),
                        trimmed(entry.email()), entry.organizationId(), entries.now(), id, entry.version())
                .update();
        HandEntries.refuseIfStale(changed, "practitioner", current.version());
        return find(id);
    }

    /**
     * Deactivates or reactivates a practice's own entry (administrators). A deactivated clinician is no longer
     * offered for new care teams; the teams that name them keep them until their membership is ended.
     */
    @Transactional
    public DirectoryPractitioner activate(UUID id, boolean active, int version) {
        DirectoryPractitioner current = find(id);
        rights.refuseChangeUnlessAdministrator(current.practiceId(), "practitioner " + id);
        entries.activate("practitioner", id, active, version, current.version());
        return find(id);
    }

    private void checkOrganization(UUID organizationId, UUID practice) {
        if (organizationId != null && organizations.seenBy(practice, List.of(organizationId)).isEmpty()) {
            throw new InvalidRequest("Invalid organizationId",
                    Map.of("organizationId", "must be an organization of the directory your practice sees"));
        }
    }

    private static DirectoryPractitioner row(ResultSet rs, int n) throws SQLException {
        return new DirectoryPractitioner(rs.getObject("id", UUID.class), rs.getObject("practice_id", UUID.class),
                rs.getString("prefix"), rs.getString("given_names"), rs.getString("family_name"),
                rs.getString("specialty"), rs.getString("npi"), rs.getString("phone"), rs.getString("fax"),
                rs.getString("email"), rs.getObject("organization_id", UUID.class), rs.getString("organization_name"),
                rs.getBoolean("active"), rs.getInt("version"));
    }
}
