package org.careloop.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people who work in the organization's practices. */
@Service
public class Staff {

    /** A staff member as the administrator's list shows them: roles and practice names included. */
    public record Listing(UUID id, String username, String displayName, String npi, String credential, boolean enabled,
                          String roles, String practices) {
    }

    /** What the rest of CareLoop needs to know about a staff member. */
    public record Person(UUID id, String username, String displayName, String npi, String credential) {
    }

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;

    Staff(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    public Optional<Person> find(UUID id) {
        return jdbc.sql("select id, username, display_name, npi, credential from app_user where id = ?")
                .param(id).query(Person.class).optional();
    }

    public Optional<Person> findByUsername(String username) {
        return jdbc.sql("select id, username, display_name, npi, credential from app_user where username = ?")
                .param(username).query(Person.class).optional();
    }

    /** The people with these ids, by id (one query), for modules that show who did something. */
    public Map<UUID, Person> byId(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select id, username, display_name, npi, credential from app_user where id = any(?)")
                .param(ids.stream().distinct().toArray(UUID[]::new)).query(Person.class).list().stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
    }

    /** Staff of a practice who hold a role, for example the care managers a patient can be assigned to. */
    public List<Person> inPractice(UUID practiceId, Role role) {
        return jdbc.sql("""
                select u.id, u.username, u.display_name, u.npi, u.credential
                  from app_user u
                  join practice_member m on m.user_id = u.id
                  join user_role r on r.user_id = u.id
                 where m.practice_id = ? and r.role = ? and u.enabled
                 order by u.display_name""")
                .params(practiceId, role.name()).query(Person.class).list();
    }

    public Set<Role> rolesOf(UUID userId) {
        return Set.copyOf(jdbc.sql("select role from user_role where user_id = ?").param(userId)
                .query((rs, n) -> Role.valueOf(rs.getString(1))).list());
    }

    /** Adds a person with their roles and practices; the password is stored only as a slow hash. */
    @Transactional
    public Person hire(String username, String displayName, String password, String npi, String credential,
                       Collection<Role> roles, Collection<UUID> practiceIds) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into app_user (id, username, display_name, password_hash, npi, credential)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, username, displayName, passwordEncoder.encode(password), npi, credential).update();
        roles.forEach(role -> jdbc.sql("insert into user_role (user_id, role) values (?, ?)")
                .params(id, role.name()).update());
        practiceIds.forEach(practice -> jdbc.sql("insert into practice_member (user_id, practice_id) values (?, ?)")
                .params(id, practice).update());
        return new Person(id, username, displayName, npi, credential);
    }

    /** Whether anyone holds the administrator role, enabled or not. */
    public boolean anyAdministrator() {
        return jdbc.sql("select exists (select 1 from user_role where role = 'ADMIN')").query(Boolean.class).single();
    }

    /**
     * The first administrator of a fresh installation, in the named practice (opened when it does not exist); empty,
     * with nothing stored, once anyone holds the administrator role. Two of these at once cannot both succeed.
     */
    @Transactional
    public Optional<Person> hireFirstAdministrator(String username, String displayName, String password,
                                                   UUID practiceId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('careloop.first-administrator'))").query().singleRow();
        if (anyAdministrator()) {
            return Optional.empty();
        }
        return Optional.of(hire(username, displayName, password, null, null, List.of(Role.ADMIN),
                List.of(practiceId)));
    }

    /** Everyone with an account, by name, for the administrator. */
    public List<Listing> everyone() {
        return jdbc.sql("""
                select u.id, u.username, u.display_name, u.npi, u.credential, u.enabled,
                       coalesce((select string_agg(r.role, ',' order by r.role) from user_role r where r.user_id = u.id), '') as roles,
                       coalesce((select string_agg(p.name, ', ' order by p.name) from practice_member m
                                  join practice p on p.id = m.practice_id where m.user_id = u.id), '') as practices
                  from app_user u order by u.display_name, u.username""")
                .query(Listing.class).list();
    }
}
