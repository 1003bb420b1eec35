package org.careloop.wishes;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.careloop.StaleVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The patient's wishes in PostgreSQL: one row of code status and what matters (absent until first recorded, which is
 * version 0), the directives, and each directive's uploaded copy. Every write checks the version it was based on.
 */
@Repository
class StoredWishes {

    private final JdbcClient jdbc;

    StoredWishes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The patient's wishes with every directive, on file first and the latest signed first. */
    Wishes of(UUID patientId, UUID practiceId) {
        List<AdvanceDirective> directives = jdbc.sql("""
                select d.*, c.file_name, c.content_type, c.size_bytes, c.uploaded_at
                  from advance_directive d left join advance_directive_copy c on c.directive_id = d.id
                 where d.patient_id = ? and d.practice_id = ?
                 order by d.status = 'REVOKED', d.signed_on desc nulls last, d.recorded_at desc""")
                .params(patientId, practiceId).query(StoredWishes::directive).list();
        return jdbc.sql("select * from patient_wishes where patient_id = ? and practice_id = ?")
                .params(patientId, practiceId)
                .query((rs, n) -> new Wishes(patientId, rs.getString("code_status") == null ? null
                        : CodeStatus.valueOf(rs.getString("code_status")), rs.getObject("code_status_on", LocalDate.class),
                        rs.getString("code_status_source"), rs.getString("what_matters_most"),
                        rs.getObject("what_matters_on", LocalDate.class), rs.getInt("version"), directives))
                .optional().orElseGet(() -> new Wishes(patientId, null, null, null, null, null, 0, directives));
    }

    /** Writes the code status and what matters as they now are, if still at the version before this change. */
    void write(Wishes wishes, UUID practiceId, UUID by, Instant at) {
        int changed = wishes.version() == 1
                ? jdbc.sql("""
                        insert into patient_wishes (patient_id, practice_id, code_status, code_status_on,
                               code_status_source, what_matters_most, what_matters_on, changed_by, changed_at, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1) on conflict (patient_id) do nothing""")
                .params(wishes.patientId(), practiceId, name(wishes.codeStatus()), wishes.codeStatusOn(),
                        wishes.codeStatusSource(), wishes.whatMattersMost(), wishes.whatMattersOn(), by, utc(at))
                .update()
                : jdbc.sql("""
                        update patient_wishes set code_status = ?, code_status_on = ?, code_status_source = ?,
                               what_matters_most = ?, what_matters_on = ?, changed_by = ?, changed_at = ?, version = ?
                         where patient_id = ? and version = ?""")
                .params(name(wishes.codeStatus()), wishes.codeStatusOn(), wishes.codeStatusSource(),
                        wishes.whatMattersMost(), wishes.whatMattersOn(), by, utc(at), wishes.version(),
                        wishes.patientId(), wishes.version() - 1)
                .update();
        if (changed == 0) {
            throw new StaleVersion("The patient's wishes were changed by someone else; reload them", null);
        }
    }

    void insert(AdvanceDirective d, UUID by) {
        HealthcareProxy proxy = d.proxy();
        jdbc.sql("""
                insert into advance_directive (id, practice_id, patient_id, kind, signed_on, original_location,
                       proxy_name, proxy_relationship, proxy_phone, proxy_contact_id, note, status, recorded_by,
                       recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(d.id(), d.practiceId(), d.patientId(), d.kind().name(), d.signedOn(), d.originalLocation(),
                        proxy == null ? null : proxy.name(), proxy == null ? null : proxy.relationship(),
                        proxy == null ? null : proxy.phone(), proxy == null ? null : proxy.contactId(), d.note(),
                        d.status().name(), by, utc(d.recordedAt()))
                .update();
    }

    /** Writes the directive as it now is, if still at the version before this change. */
    void update(AdvanceDirective d) {
        HealthcareProxy proxy = d.proxy();
        int changed = jdbc.sql("""
                update advance_directive set kind = ?, signed_on = ?, original_location = ?, proxy_name = ?,
                       proxy_relationship = ?, proxy_phone = ?, proxy_contact_id = ?, note = ?, status = ?,
                       revoked_on = ?, version = ?
                 where id = ? and version = ?""")
                .params(d.kind().name(), d.signedOn(), d.originalLocation(), proxy == null ? null : proxy.name(),
                        proxy == null ? null : proxy.relationship(), proxy == null ? null : proxy.phone(),
                        proxy == null ? null : proxy.contactId(), d.note(), d.status().name(), d.revokedOn(),
                        d.version(), d.id(), d.version() - 1)
                .update();
        if (changed == 0) {
            throw new StaleVersion("The directive was changed by someone else; reload it", null);
        }
    }

    /** Keeps the uploaded copy of the directive, replacing an earlier one. */
    void keepCopy(UUID directiveId, String fileName, String contentType, byte[] content, UUID by, Instant at) {
        jdbc.sql("""
                insert into advance_directive_copy (directive_id, file_name, content_type, size_bytes, sha256, content,
                                                    uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (directive_id) do update set file_name = excluded.file_name,
                       content_type = excluded.content_type, size_bytes = excluded.size_bytes,
                       sha256 = excluded.sha256, content = excluded.content, uploaded_by = excluded.uploaded_by,
                       uploaded_at = excluded.uploaded_at""")
                .params(directiveId, fileName, contentType, content.length, sha256(content), content, by, utc(at))
                .update();
    }

    Optional<DirectiveCopy> copy(UUID directiveId) {
        return jdbc.sql("select file_name, content_type, content from advance_directive_copy where directive_id = ?")
                .param(directiveId)
                .query((rs, n) -> new DirectiveCopy(rs.getString("file_name"), rs.getString("content_type"),
                        rs.getBytes("content"))).optional();
    }

    /** One directive whoever's it is: the services pass the patient gate before showing it. */
    Optional<AdvanceDirective> directive(UUID id) {
        return jdbc.sql("""
                select d.*, c.file_name, c.content_type, c.size_bytes, c.uploaded_at
                  from advance_directive d left join advance_directive_copy c on c.directive_id = d.id
                 where d.id = ?""").param(id).query(StoredWishes::directive).optional();
    }

    private static AdvanceDirective directive(ResultSet rs, int n) throws SQLException {
        String proxyName = rs.getString("proxy_name");
        OffsetDateTime uploaded = rs.getObject("uploaded_at", OffsetDateTime.class);
        return new AdvanceDirective(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                rs.getObject("practice_id", UUID.class), DirectiveKind.valueOf(rs.getString("kind")),
                rs.getObject("signed_on", LocalDate.class), rs.getString("original_location"),
                proxyName == null ? null : new HealthcareProxy(proxyName, rs.getString("proxy_relationship"),
                        rs.getString("proxy_phone"), rs.getObject("proxy_contact_id", UUID.class)),
                rs.getString("note"), DirectiveStatus.valueOf(rs.getString("status")),
                rs.getObject("revoked_on", LocalDate.class), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getInt("version"), uploaded == null ? null : new CopyOnFile(rs.getString("file_name"),
                rs.getString("content_type"), rs.getInt("size_bytes"), uploaded.toInstant()));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
