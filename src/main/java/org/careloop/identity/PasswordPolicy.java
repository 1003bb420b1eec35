package org.careloop.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a password must be: at least {@value #MINIMUM_LENGTH} characters, not the user name, and not one of the
 * passwords attackers try first (a short list shipped as {@code identity/common-passwords.txt}). Applies wherever a
 * person's password is chosen: adding a user, resetting, changing, and the first administrator.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;

    /** Why a password is refused: the message key, which takes the minimum length as its argument. */
    public enum Refusal {
        TOO_SHORT("password.policy.short"),
        SAME_AS_USERNAME("password.policy.username"),
        COMMON("password.policy.common");

        private final String messageKey;

        Refusal(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private static final Set<String> COMMON_PASSWORDS = load();

    private PasswordPolicy() {
    }

    /** Why this password may not be the user's, or empty when it may. */
    public static Optional<Refusal> refusal(String username, String password) {
        if (password == null || password.length() < MINIMUM_LENGTH) {
            return Optional.of(Refusal.TOO_SHORT);
        }
        if (username != null && password.trim().equalsIgnoreCase(username.trim())) {
            return Optional.of(Refusal.SAME_AS_USERNAME);
        }
        if (COMMON_PASSWORDS.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of(Refusal.COMMON);
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("identity/common-passwords.txt is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
