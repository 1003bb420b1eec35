package org.careloop.adt.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.careloop.adt.FeedSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The registered hospital feeds; lookups for people take the practices they work in. Every message asks who its
 * sender is, so a registration found is remembered for {@value #REMEMBERED_SECONDS} seconds (forgotten at once when
 * this instance registers or revises one; another instance's revision applies within that time). A sender not found
 * is asked again each time, so a hospital registered a moment ago is never refused.
 */
@Repository
public class RegisteredSenders {

    static final long REMEMBERED_SECONDS = 15;

    private final JdbcClient jdbc;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    RegisteredSenders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Remembered(FeedSource source, long until) {
    }

    /** The source a message's MSH-3 and MSH-4 name, whatever its practice (the listener has no caller). */
    public Optional<FeedSource> bySender(String sendingApplication, String sendingFacility) {
        String key = sendingApplication + "|" + sendingFacility;
        Remembered known = remembered.get(key);
        if (known != null && System.nanoTime() - known.until() < 0) {
            return Optional.of(known.source());
        }
        Optional<FeedSource> found = jdbc.sql(
                        "select * from adt_feed_source where sending_application = ? and sending_facility = ?")
                .params(sendingApplication, sendingFacility).query(RegisteredSenders::row).optional();
        found.ifPresentOrElse(source -> remembered.put(key, new Remembered(source,
                System.nanoTime() + REMEMBERED_SECONDS * 1_000_000_000L)), () -> remembered.remove(key));
        return found;
    }

    public Optional<FeedSource> find(UUID id) {
        return jdbc.sql("select * from adt_feed_source where id = ?").param(id).query(RegisteredSenders::row).optional();
    }

    public Optional<FeedSource> find(UUID id, UUID[] practices) {
        return jdbc.sql("select * from adt_feed_source where id = ? and practice_id = any(?)")
                .params(id, practices).query(RegisteredSenders::row).optional();
    }

    public List<FeedSource> ofPractices(UUID[] practices) {
        return jdbc.sql("select * from adt_feed_source where practice_id = any(?) order by lower(name), id")
                .param(practices).query(RegisteredSenders::row).list();
    }

    /** Whether another source already sends as this MSH-3 and MSH-4. */
    public boolean taken(String sendingApplication, String sendingFacility, UUID except) {
        return jdbc.sql("""
                select count(*) from adt_feed_source
                 where sending_application = ? and sending_facility = ? and id is distinct from ?""")
                .params(sendingApplication, sendingFacility, except).query(Long.class).single() > 0;
    }

    public void insert(FeedSource source, UUID registeredBy) {
        remembered.clear();
        jdbc.sql("""
                insert into adt_feed_source (id, practice_id, name, sending_application, sending_facility,
                                             assigning_authority, identifier_system, registered_by, registered_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(source.id(), source.practiceId(), source.name(), source.sendingApplication(),
                        source.sendingFacility(), source.assigningAuthority(), source.identifierSystem(), registeredBy,
                        OffsetDateTime.ofInstant(source.registeredAt(), ZoneOffset.UTC))
                .update();
    }

    /** Applies a revision if nobody changed the source since {@code version}; answers whether it did. */
    public boolean update(FeedSource revised, int version) {
        remembered.clear();
        return jdbc.sql("""
                update adt_feed_source set name = ?, sending_application = ?, sending_facility = ?,
                       assigning_authority = ?, identifier_system = ?, version = version + 1
                 where id = ? and version = ?""")
                .params(revised.name(), revised.sendingApplication(), revised.sendingFacility(),
                        revised.assigningAuthority(), revised.identifierSystem(), revised.id(), version)
                .update() == 1;
    }

    static FeedSource row(ResultSet rs, int n) throws SQLException {
        return new FeedSource(rs.getObject("id", UUID.class), rs.getObject("practice_id", UUID.class),
                rs.getString("name"), rs.getString("sending_application"), rs.getString("sending_facility"),
                rs.getString("assigning_authority"), rs.getString("identifier_system"),
                rs.getObject("registered_at", OffsetDateTime.class).toInstant(), rs.getInt("version"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
