package org.careloop.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Personal API tokens for scripts and integrations. A token is shown once when issued; only its SHA-256
 * digest is stored, so a leaked database does not leak working tokens.
 */
@Service
public class ApiTokens {

    /** A token as listed to its owner: never the secret itself. */
    public record TokenInfo(UUID id, String name, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
                            OffsetDateTime revokedAt) {
    }

    /** A freshly issued token; {@code token} is the secret, shown this once. */
    public record IssuedToken(UUID id, String name, String token) {
    }

    record Holder(UUID tokenId, UUID userId) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcClient jdbc;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public IssuedToken issue(UUID userId, String name) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "clt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into api_token (id, user_id, name, token_hash) values (?, ?, ?, ?)")
                .params(id, userId, name, digest(token)).update();
        return new IssuedToken(id, name, token);
    }

    public List<TokenInfo> of(UUID userId) {
        return jdbc.sql("""
                select id, name, created_at, last_used_at, revoked_at from api_token
                 where user_id = ? order by created_at desc""").param(userId).query(TokenInfo.class).list();
    }

    public boolean revoke(UUID userId, UUID tokenId) {
        return jdbc.sql("update api_token set revoked_at = ? where id = ? and user_id = ? and revoked_at is null")
                .params(now(), tokenId, userId).update() == 1;
    }

    Optional<Holder> holderOf(String token) {
        Optional<Holder> holder = jdbc.sql("""
                select t.id as token_id, t.user_id from api_token t join app_user u on u.id = t.user_id
                 where t.token_hash = ? and t.revoked_at is null and u.enabled""")
                .param(digest(token)).query(Holder.class).optional();
        holder.ifPresent(h -> jdbc.sql("update api_token set last_used_at = ? where id = ?")
                .params(now(), h.tokenId()).update());
        return holder;
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
