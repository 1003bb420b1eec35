package org.careloop.directory;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.careloop.BulkInsert;
import org.careloop.directory.DirectoryEntries.*;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory of practitioners, organizations and locations. An entry's id follows from its source key, so the
 * same clinician sent twice is one entry; entries already present are left as they are.
 */
@Service
public class Directory {

    private final JdbcClient jdbc;

    Directory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The id the entry of that type and source key has (or will have once stored). */
    public static UUID idFor(String resourceType, String sourceKey) {
        return UUID.nameUUIDFromBytes((resourceType + "|" + sourceKey).getBytes(StandardCharsets.UTF_8));
    }

    /** Finds entries of a type by any of their identifiers; unknown identifiers are absent from the answer. */
    public Map<Identifier, UUID> find(String resourceType, Collection<Identifier> identifiers) {
        if (identifiers.isEmpty()) {
            return Map.of();
        }
        Map<Identifier, UUID> found = new HashMap<>();
        jdbc.sql("""
                select d.system, d.value, d.id from directory_identifier d
                  join unnest(?::text[], ?::text[]) as wanted(system, value)
                    on d.system = wanted.system and d.value = wanted.value
                 where d.resource_type = ?""")
                .params(identifiers.stream().map(Identifier::system).toArray(String[]::new),
                        identifiers.stream().map(Identifier::value).toArray(String[]::new), resourceType)
                .query((rs, n) -> found.put(new Identifier(rs.getString(1), rs.getString(2)), rs.getObject(3, UUID.class)))
                .list();
        return found;
    }

    private static final String CONTACT = """
            select p.id, trim(concat_ws(' ', p.prefix, p.given_names, p.family_name)) as name, p.npi,
                   coalesce(p.email, (select r.email from practitioner_role r
                                       where r.practitioner_id = p.id and r.email is not null
                                       order by r.source_key limit 1)) as email
              from practitioner p""";

    /** One practitioner of the directory, to write to. */
    public Optional<PractitionerContact> practitioner(UUID id) {
        return jdbc.sql(CONTACT + " where p.id = ?").param(id).query(PractitionerContact.class).optional();
    }

    /** Active practitioners whose name contains {@code text} (any case), by family name, at most {@code limit}. */
    public List<PractitionerContact> practitionersNamed(String text, int limit) {
        String pattern = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql(CONTACT + """
                 where p.active and concat_ws(' ', p.given_names, p.family_name) ilike ?
                 order by p.family_name, p.given_names, p.id limit ?""")
                .params(pattern, Math.max(0, Math.min(limit, 50))).query(PractitionerContact.class).list();
    }

    /** Stores the entries; returns the ids of those that were new. */
    @Transactional
    public Set<UUID> store(List<ImportedOrganization> organizations, List<ImportedLocation> locations,
                           List<ImportedPractitioner> practitioners, List<ImportedPractitionerRole> roles) {
        BulkInsert identifiers = BulkInsert.keyed("directory_identifier", "(resource_type, system, value)",
                "resource_type", "system", "value", "id:uuid");
        BulkInsert orgs = entries("organization", "name", "type_code", "phone", "address_line", "city", "state",
                "postal_code", "active:boolean");
        for (ImportedOrganization o : organizations) {
            UUID id = identify(identifiers, "Organization", o.sourceKey(), o.identifiers());
            orgs.add(id, o.sourceKey(), o.name(), o.typeCode(), o.phone(), o.addressLine(), o.city(), o.state(),
                    o.postalCode(), o.active());
        }
        BulkInsert places = entries("location", "name", "description", "status", "organization_id:uuid", "phone",
                "address_line", "city", "state", "postal_code", "latitude:numeric", "longitude:numeric");
        for (ImportedLocation l : locations) {
            UUID id = identify(identifiers, "Location", l.sourceKey(), l.identifiers());
            places.add(id, l.sourceKey(), l.name(), l.description(), l.status(), l.organizationId(), l.phone(),
                    l.addressLine(), l.city(), l.state(), l.postalCode(), l.latitude(), l.longitude());
        }
        BulkInsert people = entries("practitioner", "npi", "family_name", "given_names", "prefix", "gender", "email",
                "phone", "address_line", "city", "state", "postal_code", "active:boolean");
        for (ImportedPractitioner p : practitioners) {
            UUID id = identify(identifiers, "Practitioner", p.sourceKey(), p.identifiers());
            people.add(id, p.sourceKey(), p.npi(), p.familyName(), p.givenNames(), p.prefix(), p.gender(), p.email(),
                    p.phone(), p.addressLine(), p.city(), p.state(), p.postalCode(), p.active());
        }
        BulkInsert jobs = entries("practitioner_role", "practitioner_id:uuid", "organization_id:uuid",
                "location_id:uuid", "specialty_code", "specialty", "phone", "email");
        for (ImportedPractitionerRole r : roles) {
            UUID id = identify(identifiers, "PractitionerRole", r.sourceKey(), r.identifiers());
            jobs.add(id, r.sourceKey(), r.practitionerId(), r.organizationId(), r.locationId(), r.specialtyCode(),
                    r.specialty(), r.phone(), r.email());
        }
        Set<UUID> created = new HashSet<>();
        for (BulkInsert table : List.of(orgs, places, people, jobs)) {
            table.execute(jdbc).forEach(id -> created.add(UUID.fromString(id)));
        }
        identifiers.execute(jdbc);
        return created;
    }

    private static BulkInsert entries(String table, String... columns) {
        String[] all = new String[columns.length + 2];
        all[0] = "id:uuid";
        all[1] = "source_key";
        System.arraycopy(columns, 0, all, 2, columns.length);
        return BulkInsert.returningId(table, all);
    }

    private static UUID identify(BulkInsert identifiers, String type, String sourceKey, List<Identifier> ids) {
        UUID id = idFor(type, sourceKey);
        ids.forEach(identifier -> identifiers.add(type, identifier.system(), identifier.value(), id));
        return id;
    }
}
