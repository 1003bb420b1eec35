package org.careloop.identity.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.careloop.identity.StaffMember;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A person whose password an administrator set must choose their own before anything else: on the pages every
 * request but the password page, sign-out and the style sheets goes to the password page; on the API a password
 * (HTTP Basic) is answered 403 with a problem saying so. The answer "no change needed" is kept in the web session,
 * sparing the query on later pages (a reset ends the person's sessions anyway).
 */
class PasswordChangeFilter extends OncePerRequestFilter {

    static final String PAGE = "/password";
    private static final String CURRENT = "careloop.passwordCurrent";
    private static final List<String> ALWAYS_ALLOWED = List.of(PAGE, "/logout", "/login", "/error", "/css/",
            "/js/", "/images/", "/webjars/", "/favicon.ico");

    private final AccountChanges accounts;
    private final boolean api;

    private PasswordChangeFilter(AccountChanges accounts, boolean api) {
        this.accounts = accounts;
        this.api = api;
    }

    static PasswordChangeFilter forPages(AccountChanges accounts) {
        return new PasswordChangeFilter(accounts, false);
    }

    static PasswordChangeFilter forApi(AccountChanges accounts) {
        return new PasswordChangeFilter(accounts, true);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication != null && authentication.getPrincipal() instanceof StaffMember member)
                || SignInDetails.currentIsToken() || !mustChange(request, member)) {
            chain.doFilter(request, response);
            return;
        }
        if (api) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                    + "\"detail\":\"The password must be changed: sign in on the web page and choose a new one\"}")
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (ALWAYS_ALLOWED.stream().anyMatch(allowed -> allowed.endsWith("/") ? path.startsWith(allowed)
                : path.equals(allowed))) {
            chain.doFilter(request, response);
            return;
        }
        response.sendRedirect(request.getContextPath() + PAGE);
    }

    private boolean mustChange(HttpServletRequest request, StaffMember member) {
        HttpSession session = api ? null : request.getSession(false);
        if (session != null && Boolean.TRUE.equals(session.getAttribute(CURRENT))) {
            return false;
        }
        boolean mustChange = accounts.mustChangePassword(member.id());
        if (!mustChange && session != null) {
            session.setAttribute(CURRENT, Boolean.TRUE);
        }
        return mustChange;
    }
}
