package org.careloop.identity.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.careloop.NotFound;
import org.careloop.RefusedTransition;
import org.careloop.StaleVersion;
import org.careloop.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator does to an existing account, and a person's own password change. Whatever takes access
 * away (deactivation, new roles or practices, a reset password) ends the person's web sessions and, for
 * deactivation and reset, revokes their API tokens in the same transaction, so it holds from their next request.
 */
@Service
public class AccountChanges {

    /** An account as the administrator's edit form shows it. */
    public record Account(UUID id, String username, String displayName, String npi, String credential, boolean enabled,
                          boolean mustChangePassword, int version, Set<Role> roles, Set<UUID> practiceIds) {
    }

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final Clock clock;

    AccountChanges(JdbcClient jdbc, PasswordEncoder encoder, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.clock = clock;
    }

    public Optional<Account> find(UUID id) {
        return jdbc.sql("""
                        select id, username, display_name, npi, credential, enabled, must_change_password, version
                          from app_user where id = ?""").param(id)
                .query((rs, n) -> new Account(id, rs.getString("username"), rs.getString("display_name"),
                        rs.getString("npi"), rs.getString("credential"), rs.getBoolean("enabled"),
                        rs.getBoolean("must_change_password"), rs.getInt("version"), roles(id), practices(id)))
                .optional();
    }

    /** New name, credential, NPI, roles and practices, if nobody changed the account since {@code version}. */
    @Transactional
    public void edit(UUID id, int version, String displayName, String credential, String npi,
                     Collection<Role> roles, Collection<UUID> practiceIds) {
        Account before = existing(id);
        if (jdbc.sql("""
                update app_user set display_name = ?, credential = ?, npi = ?, version = version + 1
                 where id = ? and version = ?""").params(displayName, credential, npi, id, version).update() != 1) {
            throw new StaleVersion("Someone changed " + before.username() + " meanwhile", before.version());
        }
        jdbc.sql("delete from user_role where user_id = ?").param(id).update();
        roles.forEach(role -> jdbc.sql("insert into user_role (user_id, role) values (?, ?)")
                .params(id, role.name()).update());
        jdbc.sql("delete from practice_member where user_id = ?").param(id).update();
        practiceIds.forEach(practice -> jdbc.sql("insert into practice_member (user_id, practice_id) values (?, ?)")
                .params(id, practice).update());
        if (!before.roles().equals(Set.copyOf(roles)) || !before.practiceIds().equals(Set.copyOf(practiceIds))) {
            endSessions(before.username());
        }
    }

    /** Signs the person out everywhere and revokes their tokens; an administrator cannot deactivate themselves. */
    @Transactional
    public void deactivate(UUID id, UUID administrator) {
        Account account = existing(id);
        if (id.equals(administrator)) {
            throw new RefusedTransition("You cannot deactivate your own account");
        }
        jdbc.sql("update app_user set enabled = false, version = version + 1 where id = ?").param(id).update();
        endSessions(account.username());
        revokeTokens(id);
    }

    @Transactional
    public void reactivate(UUID id) {
        existing(id);
        jdbc.sql("update app_user set enabled = true, version = version + 1 where id = ?").param(id).update();
    }

    /**
     * Sets a password the administrator hands over, which the person must change at their next sign-in; signs them
     * out everywhere and revokes their tokens, since whoever knew the old password keeps no access.
     */
    @Transactional
    public void resetPassword(UUID id, String temporaryPassword) {
        Account account = existing(id);
        jdbc.sql("""
                update app_user set password_hash = ?, must_change_password = true, version = version + 1
                 where id = ?""").params(encoder.encode(temporaryPassword), id).update();
        endSessions(account.username());
        revokeTokens(id);
    }

    /** Whether the person's current password is right, for their own password change. */
    public boolean passwordMatches(UUID id, String password) {
        return jdbc.sql("select password_hash from app_user where id = ?").param(id).query(String.class).optional()
                .map(hash -> encoder.matches(password, hash)).orElse(false);
    }

    /** The person's own new password; lifts a forced change. */
    @Transactional
    public void changePassword(UUID id, String newPassword) {
        jdbc.sql("""
                update app_user set password_hash = ?, must_change_password = false, version = version + 1
                 where id = ?""").params(encoder.encode(newPassword), id).update();
    }

    public boolean mustChangePassword(UUID id) {
        return jdbc.sql("select must_change_password from app_user where id = ?").param(id).query(Boolean.class)
                .optional().orElse(false);
    }

    private Account existing(UUID id) {
        return find(id).orElseThrow(() -> new NotFound("No staff member " + id));
    }

    private void endSessions(String username) {
        jdbc.sql("delete from spring_session where principal_name = ?").param(username).update();
    }

    private void revokeTokens(UUID id) {
        jdbc.sql("update api_token set revoked_at = ? where user_id = ? and revoked_at is null")
                .params(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), id).update();
    }

    private Set<Role> roles(UUID id) {
        return Set.copyOf(jdbc.sql("select role from user_role where user_id = ?").param(id)
                .query((rs, n) -> Role.valueOf(rs.getString(1))).list());
    }

    private Set<UUID> practices(UUID id) {
        return Set.copyOf(jdbc.sql("select practice_id from practice_member where user_id = ?").param(id)
                .query(UUID.class).list());
    }
}
