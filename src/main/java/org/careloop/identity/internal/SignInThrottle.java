package org.careloop.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.careloop.identity.SignInAttempted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing down per source address and user name: after {@link SignInSettings#freeFailures()} wrong
 * passwords in a row, that address must wait before trying that user name again, and each further failure doubles
 * the wait. The account itself is never locked: its owner signs in from elsewhere, its API tokens and open sessions
 * keep working, and an administrator can lift every wait at once. Attempts refused while waiting cost one database
 * lookup and no password hashing; the audit trail gets the first refusal and a count of the rest.
 */
@Component
public class SignInThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SignInSettings settings;
    private final ApplicationEventPublisher events;

    SignInThrottle(JdbcClient jdbc, Clock clock, SignInSettings settings, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
        this.events = events;
    }

    private record Row(int failures, OffsetDateTime blockedUntil, int refused) {
    }

    /** How long {@code source} must still wait before trying {@code username}; counts the refusal if so. */
    Optional<Duration> admit(String source, String username, SignInAttempted.Method method) {
        Optional<Row> row = row(source, username);
        Optional<Duration> wait = row.flatMap(this::remaining);
        if (wait.isPresent()) {
            int refused = jdbc.sql("""
                    update sign_in_throttle set refused = refused + 1 where source = ? and username = ? returning refused""")
                    .params(source, username).query(Integer.class).optional().orElse(1);
            if (refused == 1) {
                announce(username, method, source, "refused without checking the password: %d wrong passwords from this address, next try in %d s"
                        .formatted(row.get().failures(), wait.get().toSeconds()));
            }
        } else if (row.isPresent() && row.get().refused() > 0) {
            summarise(source, username, method);
        }
        return wait;
    }

    /** How long {@code source} must still wait before trying {@code username}. */
    public Optional<Duration> waitFor(String source, String username) {
        return row(source, username).flatMap(this::remaining);
    }

    /** Counts a wrong password; returns the wait it imposes, if any. */
    Optional<Duration> failed(String source, String username, SignInAttempted.Method method) {
        OffsetDateTime now = now();
        int failures = jdbc.sql("""
                insert into sign_in_throttle (source, username, method, failures, last_failed_at)
                values (:source, :username, :method, 1, :now)
                on conflict (source, username) do update
                   set failures = case when sign_in_throttle.last_failed_at < :forgotten then 1
                                       else sign_in_throttle.failures + 1 end,
                       last_failed_at = :now, method = :method
                returning failures""")
                .param("source", source).param("username", username).param("method", method.name()).param("now", now)
                .param("forgotten", now.minus(settings.forgetAfter())).query(Integer.class).single();
        Duration wait = settings.waitAfter(failures);
        if (wait.isZero()) {
            return Optional.empty();
        }
        jdbc.sql("update sign_in_throttle set blocked_until = ? where source = ? and username = ?")
                .params(now.plus(wait), source, username).update();
        return Optional.of(wait);
    }

    /** The right password: the address starts afresh for this user name. */
    void succeeded(String source, String username, SignInAttempted.Method method) {
        summarise(source, username, method);
        jdbc.sql("delete from sign_in_throttle where source = ? and username = ?").params(source, username).update();
    }

    /**
     * An administrator lifts every wait on a user name, summarising refused attempts first; returns how many
     * addresses were waiting or counting failures.
     */
    public int unlock(String username) {
        List<Map.Entry<String, String>> sources = jdbc.sql("select source, method from sign_in_throttle where username = ?")
                .param(username).query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list();
        sources.forEach(source -> summarise(source.getKey(), username, SignInAttempted.Method.valueOf(source.getValue())));
        return jdbc.sql("delete from sign_in_throttle where username = ?").param(username).update();
    }

    /** User names some address must currently wait for, with the longest wait still to run. */
    public Map<String, Duration> waiting() {
        Instant now = clock.instant();
        return jdbc.sql("select username, max(blocked_until) from sign_in_throttle where blocked_until > ? group by username")
                .param(now()).query((rs, n) -> Map.entry(rs.getString(1), Duration.between(now, rs.getTimestamp(2).toInstant())))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private void summarise(String source, String username, SignInAttempted.Method method) {
        jdbc.sql("""
                update sign_in_throttle t set refused = 0 from (select source, username, refused from sign_in_throttle
                 where source = ? and username = ? and refused > 0 for update) old
                 where t.source = old.source and t.username = old.username returning old.refused""")
                .params(source, username).query(Integer.class).optional().filter(refused -> refused > 1)
                .ifPresent(refused -> announce(username, method, source,
                        "%d attempts refused without checking the password while this address had to wait".formatted(refused)));
    }

    private Optional<Row> row(String source, String username) {
        return jdbc.sql("select failures, blocked_until, refused from sign_in_throttle where source = ? and username = ?")
                .params(source, username).query(Row.class).optional();
    }

    private Optional<Duration> remaining(Row row) {
        Instant now = clock.instant();
        return row.blockedUntil() != null && row.blockedUntil().toInstant().isAfter(now)
                ? Optional.of(Duration.between(now, row.blockedUntil().toInstant())) : Optional.empty();
    }

    private void announce(String username, SignInAttempted.Method method, String source, String detail) {
        events.publishEvent(new SignInAttempted(username, method, false, detail, source));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
