package org.careloop.identity.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.careloop.identity.SignInAttempted.Method;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a password attempt, before any password hashing, while its address must wait for its user name:
 * the API answers 429 with {@code Retry-After}, the sign-in form sends the person back to a page that tells how
 * long. A user name and password checked within the last minutes pass, so a flood of wrong guesses against an
 * account does not stop its owner's scripts.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private record Attempt(String username, String password, Method method) {
    }

    private final Method guarded;
    private final SignInThrottle throttle;
    private final VerifiedCredentials credentials;

    /** Guards the sign-in form ({@code FORM}) or HTTP Basic ({@code HTTP_BASIC}). */
    SignInThrottleFilter(Method guarded, SignInThrottle throttle, VerifiedCredentials credentials) {
        this.guarded = guarded;
        this.throttle = throttle;
        this.credentials = credentials;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Attempt> attempt = (guarded == Method.FORM ? formAttemptIn(request) : basicAttemptIn(request))
                .filter(a -> !credentials.recentlyVerified(a.username(), a.password()));
        Optional<Duration> wait = attempt.flatMap(a -> throttle.admit(request.getRemoteAddr(), a.username(), a.method()));
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, wait.get().toSeconds() + (wait.get().toNanosPart() > 0 ? 1 : 0));
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        if (attempt.get().method() == Method.FORM) {
            response.sendRedirect(request.getContextPath() + "/login?wait=" + seconds);
        } else {
            problem(response, HttpStatus.TOO_MANY_REQUESTS, "Too many wrong passwords for this user from your address: "
                    + "try again in " + seconds + " s, or ask an administrator to unlock the account. "
                    + "API tokens keep working.");
        }
    }

    private static Optional<Attempt> formAttemptIn(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod()) || !"/login".equals(request.getServletPath())) {
            return Optional.empty();
        }
        return Optional.ofNullable(request.getParameter("username")).map(name -> new Attempt(name.trim(),
                String.valueOf(request.getParameter("password")), Method.FORM));
    }

    private static Optional<Attempt> basicAttemptIn(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : Optional.of(new Attempt(decoded.substring(0, colon), decoded.substring(colon + 1), Method.HTTP_BASIC));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                + status.value() + ",\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }
}
