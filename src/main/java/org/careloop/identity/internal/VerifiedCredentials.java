package org.careloop.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Bounds the cost of HTTP Basic. A password costs about a quarter second of CPU to check against its bcrypt hash,
 * which HTTP Basic would pay on every request; once checked, a user name and password are trusted for
 * {@link SignInSettings#verifiedCredentialTtl()} as long as the stored hash is unchanged (a new password, or
 * another instance changing it, ends the trust at once; disabled accounts and changed roles are read from the
 * database on every request anyway). The cache is keyed by an HMAC of user name and password under a key made
 * at start-up and never stored, so it holds no password and no hash an attacker could use offline.
 * <p>
 * This is per-instance memory, and only an optimisation: it stores nothing another instance needs, and an
 * instance that has never seen the password simply checks it once.
 */
@Component
class VerifiedCredentials {

    /** How a password check went. */
    enum Verdict { TRUSTED, CHECKED, WRONG }

    private static final int MOST_ENTRIES = 10_000;
    private record Entry(String passwordHash, Instant until) {
    }

    private final PasswordEncoder encoder;
    private final SignInSettings settings;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Entry> verified = new ConcurrentHashMap<>();

    VerifiedCredentials(PasswordEncoder encoder, SignInSettings settings, Clock clock) {
        this.encoder = encoder;
        this.settings = settings;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    Verdict check(String username, String password, String passwordHash) {
        String fingerprint = fingerprint(username, password);
        Instant now = clock.instant();
        Entry entry = verified.get(fingerprint);
        if (entry != null && entry.passwordHash().equals(passwordHash) && entry.until().isAfter(now)) {
            return Verdict.TRUSTED;
        }
        if (!encoder.matches(password, passwordHash)) {
            verified.remove(fingerprint);
            return Verdict.WRONG;
        }
        if (verified.size() >= MOST_ENTRIES) {
            verified.values().removeIf(stale -> !stale.until().isAfter(now));
            if (verified.size() >= MOST_ENTRIES) {
                verified.clear();
            }
        }
        verified.put(fingerprint, new Entry(passwordHash, now.plus(settings.verifiedCredentialTtl())));
        return Verdict.CHECKED;
    }

    /** Whether this user name and password were checked recently (the throttle lets them through). */
    boolean recentlyVerified(String username, String password) {
        Entry entry = verified.get(fingerprint(username, password));
        return entry != null && entry.until().isAfter(clock.instant());
    }

    private String fingerprint(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getEncoder().encodeToString(
                    mac.doFinal((username + '\u0000' + password).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
