package org.careloop.identity.internal;

import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.careloop.identity.SignInAttempted;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** How the current caller proved who they are, from where, and with which token if any. */
record SignInDetails(SignInAttempted.Method method, String clientAddress, UUID tokenId, TokenScope scope)
        implements Serializable {

    static SignInDetails of(SignInAttempted.Method method, HttpServletRequest request) {
        return new SignInDetails(method, request.getRemoteAddr(), null, null);
    }

    /** Whether the current request is authenticated by an API token rather than by a person's password. */
    static boolean currentIsToken() {
        return current().filter(details -> details.method() == SignInAttempted.Method.API_TOKEN).isPresent();
    }

    static Optional<SignInDetails> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getDetails() instanceof SignInDetails details
                ? Optional.of(details) : Optional.empty();
    }
}
