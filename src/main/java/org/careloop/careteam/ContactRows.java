package org.careloop.careteam;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The contacts of patients, without those removed; callers have opened the patient through the gate first. */
@Repository
class ContactRows {

    private final JdbcClient jdbc;

    ContactRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The patient's contacts, the healthcare proxy first, then in the order they were added. */
    List<CareContact> ofPatient(UUID patientId, UUID practiceId) {
        return jdbc.sql("""
                select * from care_contact where patient_id = ? and practice_id = ? and removed_at is null
                 order by 'HEALTHCARE_PROXY' = any(kinds) desc, added_at, id""")
                .params(patientId, practiceId).query(ContactRows::row).list();
    }

    Optional<CareContact> find(UUID contactId, UUID patientId, UUID practiceId) {
        return jdbc.sql("""
                select * from care_contact where id = ? and patient_id = ? and practice_id = ? and removed_at is null""")
                .params(contactId, patientId, practiceId).query(ContactRows::row).optional();
    }

    void insert(UUID id, UUID practiceId, UUID patientId, ContactRules.Checked contact, UUID by, OffsetDateTime at) {
        jdbc.sql("""
                insert into care_contact (id, practice_id, patient_id, name, relationship, kinds, phones, email,
                                          preferred_language, sharing_authorised, sharing_authorised_on, sharing_scope,
                                          sharing_recorded_by, sharing_recorded_at, notes, added_by, added_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, practiceId, patientId, contact.name(), contact.relationship(), kinds(contact),
                        contact.phones().toArray(String[]::new), contact.email(), contact.preferredLanguage(),
                        contact.authorised(), contact.authorisedOn(), contact.scope().name(), by, at, contact.notes(),
                        by, at)
                .update();
    }

    /**
     * Stores the revision when {@code version} is still current; the authorisation is recorded as this caller's
     * when it changed. Answers whether the version was current.
     */
    boolean update(UUID id, int version, ContactRules.Checked contact, boolean sharingChanged, UUID by,
                   OffsetDateTime at) {
        return jdbc.sql("""
                update care_contact set name = ?, relationship = ?, kinds = ?, phones = ?, email = ?,
                       preferred_language = ?, sharing_authorised = ?, sharing_authorised_on = ?, sharing_scope = ?,
                       sharing_recorded_by = case when ? then ? else sharing_recorded_by end,
                       sharing_recorded_at = case when ? then ? else sharing_recorded_at end,
                       notes = ?, changed_by = ?, changed_at = ?, version = version + 1
                 where id = ? and version = ? and removed_at is null""")
                .params(contact.name(), contact.relationship(), kinds(contact), contact.phones().toArray(String[]::new),
                        contact.email(), contact.preferredLanguage(), contact.authorised(), contact.authorisedOn(),
                        contact.scope().name(), sharingChanged, by, sharingChanged, at, contact.notes(), by, at, id,
                        version)
                .update() == 1;
    }

    boolean remove(UUID id, int version, UUID by, OffsetDateTime at) {
        return jdbc.sql("""
                update care_contact set removed_by = ?, removed_at = ?, version = version + 1
                 where id = ? and version = ? and removed_at is null""")
                .params(by, at, id, version).update() == 1;
    }

    private static String[] kinds(ContactRules.Checked contact) {
        return contact.kinds().stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    private static CareContact row(ResultSet rs, int n) throws SQLException {
        SharingAuthorisation sharing = new SharingAuthorisation(rs.getBoolean("sharing_authorised"),
                rs.getObject("sharing_authorised_on", LocalDate.class),
                SharingScope.valueOf(rs.getString("sharing_scope")), rs.getObject("sharing_recorded_by", UUID.class),
                null, rs.getObject("sharing_recorded_at", OffsetDateTime.class));
        return new CareContact(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                rs.getString("name"), rs.getString("relationship"),
                texts(rs.getArray("kinds")).stream().map(ContactKind::valueOf).collect(Collectors.toSet()),
                texts(rs.getArray("phones")), rs.getString("email"), rs.getString("preferred_language"), sharing,
                rs.getString("notes"), rs.getInt("version"));
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
