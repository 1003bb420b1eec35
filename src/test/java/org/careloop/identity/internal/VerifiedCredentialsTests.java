package org.careloop.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.careloop.identity.internal.VerifiedCredentials.Verdict.CHECKED;
import static org.careloop.identity.internal.VerifiedCredentials.Verdict.TRUSTED;
import static org.careloop.identity.internal.VerifiedCredentials.Verdict.WRONG;

/** HTTP Basic pays for bcrypt once per few minutes per user and password, not on every request. */
class VerifiedCredentialsTests {

    final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    final AtomicInteger hashings = new AtomicInteger();
    final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            hashings.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };
    final SignInSettings settings = new SignInSettings(5, Duration.ofSeconds(30), Duration.ofMinutes(15),
            Duration.ofHours(24), Duration.ofMinutes(5));
    Instant now = Instant.parse("2026-11-30T09:00:00Z");
    final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    final VerifiedCredentials credentials = new VerifiedCredentials(counting, settings, clock);
    final String hash = bcrypt.encode("right-password");

    @Test
    void aCheckedPasswordIsTrustedWithoutHashingUntilItsTimeRunsOut() {
        assertThat(credentials.check("cm.rivera", "right-password", hash)).isEqualTo(CHECKED);
        for (int request = 0; request < 100; request++) {
            assertThat(credentials.check("cm.rivera", "right-password", hash)).isEqualTo(TRUSTED);
        }
        assertThat(hashings).hasValue(1);
        now = now.plus(Duration.ofMinutes(5));
        assertThat(credentials.check("cm.rivera", "right-password", hash)).isEqualTo(CHECKED);
        assertThat(hashings).hasValue(2);
    }

    @Test
    void aNewPasswordEndsTheTrustAtOnce() {
        credentials.check("cm.rivera", "right-password", hash);
        String changed = bcrypt.encode("a-new-password");
        assertThat(credentials.check("cm.rivera", "right-password", changed)).isEqualTo(WRONG);
        assertThat(credentials.recentlyVerified("cm.rivera", "right-password")).isFalse();
    }

    @Test
    void aWrongPasswordIsNeverTrusted() {
        assertThat(credentials.check("cm.rivera", "guess", hash)).isEqualTo(WRONG);
        assertThat(credentials.check("cm.rivera", "guess", hash)).isEqualTo(WRONG);
        assertThat(hashings).hasValue(2);
        assertThat(credentials.recentlyVerified("cm.rivera", "guess")).isFalse();
    }

    @Test
    void theTrustIsPerUserAndPassword() {
        credentials.check("cm.rivera", "right-password", hash);
        assertThat(credentials.recentlyVerified("rn.patel", "right-password")).isFalse();
        assertThat(credentials.recentlyVerified("cm.rivera", "right-password ")).isFalse();
    }
}
