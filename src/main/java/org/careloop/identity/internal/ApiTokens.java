package org.careloop.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Personal API tokens for scripts and integrations, the preferred way to call the API: checking one costs a hash
 * lookup, not a password check. A token is shown once when issued; only its SHA-256 digest is stored, so a leaked
 * database does not leak working tokens. Every token expires and carries a {@link TokenScope}; only a person who
 * signed in with a password can issue one, so a stolen token cannot mint itself successors.
 */
@Service
public class ApiTokens {

    /** A token as listed to its owner: never the secret itself. */
    public record TokenInfo(UUID id, String name, TokenScope scope, OffsetDateTime createdAt, OffsetDateTime expiresAt,
                            OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) {
    }

    /** A freshly issued token; {@code token} is the secret, shown this once. */
    public record IssuedToken(UUID id, String name, TokenScope scope, OffsetDateTime expiresAt, String token) {
    }

    record Holder(UUID tokenId, UUID userId, String name, TokenScope scope, OffsetDateTime lastUsedAt,
                  LocalDate lastAuditedOn) {
    }

    /** Last-used times are kept to the minute, sparing a database write on every request. */
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TokenSettings settings;

    ApiTokens(JdbcClient jdbc, Clock clock, TokenSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    /** Issues a token valid for {@code validForDays} (the default life when null), refusing more than the maximum. */
    public IssuedToken issue(UUID userId, String name, TokenScope scope, Integer validForDays) {
        Duration life = validForDays == null ? settings.defaultTtl() : Duration.ofDays(validForDays);
        if (life.compareTo(settings.maxTtl()) > 0 || life.isNegative() || life.isZero()) {
            throw new InvalidRequest("A token lives at most " + settings.maxTtl().toDays() + " days",
                    Map.of("validForDays", "must be between 1 and " + settings.maxTtl().toDays()));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "clt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = UUID.randomUUID();
        TokenScope granted = scope == null ? TokenScope.FULL : scope;
        OffsetDateTime expiresAt = now().plus(life);
        jdbc.sql("insert into api_token (id, user_id, name, token_hash, scope, expires_at) values (?, ?, ?, ?, ?, ?)")
                .params(id, userId, name, digest(token), granted.name(), expiresAt).update();
        return new IssuedToken(id, name, granted, expiresAt, token);
    }

    public List<TokenInfo> of(UUID userId) {
        return jdbc.sql("""
                select id, name, scope, created_at, expires_at, last_used_at, revoked_at from api_token
                 where user_id = ? order by created_at desc""").param(userId).query(TokenInfo.class).list();
    }

    public boolean revoke(UUID userId, UUID tokenId) {
        return jdbc.sql("update api_token set revoked_at = ? where id = ? and user_id = ? and revoked_at is null")
                .params(now(), tokenId, userId).update() == 1;
    }

    /** Whether the current request is authenticated by an API token rather than by a person's password. */
    public static boolean currentRequestUsesToken() {
        return SignInDetails.currentIsToken();
    }

    Optional<Holder> holderOf(String token) {
        return jdbc.sql("""
                select t.id as token_id, t.user_id, t.name, t.scope, t.last_used_at, t.last_audited_on
                  from api_token t join app_user u on u.id = t.user_id
                 where t.token_hash = ? and t.revoked_at is null and t.expires_at > ? and u.enabled""")
                .params(digest(token), now()).query(Holder.class).optional();
    }

    /**
     * Notes a use: the last-used time to the minute, and whether this is the token's first use today (in UTC), which
     * only one request of one instance learns, however many race.
     */
    boolean usedFirstToday(Holder holder) {
        OffsetDateTime now = now();
        LocalDate today = now.toLocalDate();
        if (!today.equals(holder.lastAuditedOn())) {
            return jdbc.sql("""
                    update api_token set last_used_at = ?, last_audited_on = ?
                     where id = ? and last_audited_on is distinct from ?""")
                    .params(now, today, holder.tokenId(), today).update() == 1;
        }
        if (holder.lastUsedAt() == null || holder.lastUsedAt().isBefore(now.minus(LAST_USED_PRECISION))) {
            jdbc.sql("update api_token set last_used_at = ? where id = ?").params(now, holder.tokenId()).update();
        }
        return false;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
