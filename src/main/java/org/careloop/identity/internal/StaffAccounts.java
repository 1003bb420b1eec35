package org.careloop.identity.internal;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.careloop.identity.Role;
import org.careloop.identity.StaffMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads a staff member with roles and practices, fresh on every request, for Spring Security. */
@Component
class StaffAccounts implements UserDetailsService {

    private final JdbcClient jdbc;

    StaffAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public StaffMember loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    Optional<StaffMember> find(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username)
                .query(UUID.class).optional().flatMap(this::find);
    }

    Optional<StaffMember> find(UUID id) {
        return jdbc.sql("select id, username, display_name, password_hash, npi, enabled from app_user where id = ?")
                .param(id)
                .query((rs, n) -> new StaffMember(rs.getObject("id", UUID.class), rs.getString("username"),
                        rs.getString("display_name"), rs.getString("password_hash"), rs.getString("npi"),
                        rs.getBoolean("enabled"), roles(id), practices(id))).optional();
    }

    private Set<Role> roles(UUID id) {
        return new HashSet<>(jdbc.sql("select role from user_role where user_id = ?").param(id)
                .query((rs, n) -> Role.valueOf(rs.getString(1))).list());
    }

    private Set<UUID> practices(UUID id) {
        return new HashSet<>(jdbc.sql("select practice_id from practice_member where user_id = ?").param(id)
                .query(UUID.class).list());
    }
}
