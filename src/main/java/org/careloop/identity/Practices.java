package org.careloop.identity;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.careloop.StaleVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organization's practices. */
@Service
public class Practices {

    private final JdbcClient jdbc;
    private final Clock clock;

    Practices(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Practice> all() {
        return jdbc.sql("select id, name from practice order by name").query(Practice.class).list();
    }

    public Optional<Practice> find(UUID id) {
        return jdbc.sql("select id, name from practice where id = ?").param(id).query(Practice.class).optional();
    }

    /**
     * The group NPI and tax identification number the practice bills under (null where not set); the TIN as the
     * nine digits a claim carries, without the dash it is shown and stored with.
     */
    public record BillingIdentity(String groupNpi, String tin) {
    }

    public BillingIdentity billingIdentity(UUID id) {
        return jdbc.sql("select group_npi, replace(tin, '-', '') as tin from practice where id = ?").param(id)
                .query(BillingIdentity.class)
                .optional().orElse(new BillingIdentity(null, null));
    }

    public Optional<Practice> findByName(String name) {
        return jdbc.sql("select id, name from practice where name = ?").param(name).query(Practice.class).optional();
    }

    public Optional<PracticeProfile> profile(UUID id) {
        return jdbc.sql("select id, name, address, phone, group_npi, tin, time_zone, version from practice where id = ?")
                .param(id).query(PracticeProfile.class).optional();
    }

    /** The zone the practice's pages show times in: its own, or the organization's setting. */
    public ZoneId zoneOf(UUID id) {
        return jdbc.sql("select time_zone from practice where id = ? and time_zone is not null").param(id)
                .query(String.class).list().stream().findFirst().map(ZoneId::of).orElse(organizationZone());
    }

    /** The organization's zone ({@code careloop.time-zone}), for practices that name none. */
    public ZoneId organizationZone() {
        return clock.getZone();
    }

    /** Saves the practice's address, phone, group NPI, tax id and zone, if nobody changed them since the version. */
    @Transactional
    public void describe(PracticeProfile profile) {
        if (jdbc.sql("""
                update practice set address = ?, phone = ?, group_npi = ?, tin = ?, time_zone = ?, version = version + 1
                 where id = ? and version = ?""").params(profile.address(), profile.phone(), profile.groupNpi(),
                profile.tin(), profile.timeZone(), profile.id(), profile.version()).update() != 1) {
            throw new StaleVersion("Someone changed the practice " + profile.name() + " meanwhile",
                    profile(profile.id()).map(PracticeProfile::version).orElse(null));
        }
    }

    /** Opens a practice, or returns the one of that name that already exists. */
    @Transactional
    public Practice open(String name) {
        return findByName(name).orElseGet(() -> {
            Practice practice = new Practice(UUID.randomUUID(), name);
            jdbc.sql("insert into practice (id, name) values (?, ?)").params(practice.id(), practice.name()).update();
            return practice;
        });
    }
}
