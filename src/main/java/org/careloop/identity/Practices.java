package org.careloop.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organization's practices. */
@Service
public class Practices {

    private final JdbcClient jdbc;

    Practices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Practice> all() {
        return jdbc.sql("select id, name from practice order by name").query(Practice.class).list();
    }

    public Optional<Practice> find(UUID id) {
        return jdbc.sql("select id, name from practice where id = ?").param(id).query(Practice.class).optional();
    }

    /** The group NPI and tax identification number the practice bills under (null where not set). */
    public record BillingIdentity(String groupNpi, String tin) {
    }

    public BillingIdentity billingIdentity(UUID id) {
        return jdbc.sql("select group_npi, tin from practice where id = ?").param(id).query(BillingIdentity.class)
                .optional().orElse(new BillingIdentity(null, null));
    }

    public Optional<Practice> findByName(String name) {
        return jdbc.sql("select id, name from practice where name = ?").param(name).query(Practice.class).optional();
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
