package org.careloop.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.careloop.identity.SignInAttempted;
import org.careloop.identity.StaffMember;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Accepts {@code Authorization: Bearer clt_...} on the API and the FHIR endpoint, refusing what the token's scope
 * does not allow with 403. An unknown, revoked or expired token leaves the request anonymous (401).
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";
    private final ApiTokens tokens;
    private final StaffAccounts accounts;
    private final SignInJournal journal;

    ApiTokenAuthenticationFilter(ApiTokens tokens, StaffAccounts accounts, SignInJournal journal) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.journal = journal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith(PREFIX)) {
            var holder = tokens.holderOf(header.substring(PREFIX.length()).trim());
            var member = holder.flatMap(h -> accounts.find(h.userId())).filter(StaffMember::isEnabled);
            if (member.isPresent()) {
                SignInDetails details = new SignInDetails(SignInAttempted.Method.API_TOKEN, request.getRemoteAddr(),
                        holder.get().tokenId(), holder.get().scope());
                if (tokens.usedFirstToday(holder.get())) {
                    journal.tokenUsedFirstToday(member.get().username(), holder.get().name(), details);
                }
                String path = request.getRequestURI().substring(request.getContextPath().length());
                if (!holder.get().scope().permits(request.getMethod(), path)) {
                    SignInThrottleFilter.problem(response, HttpStatus.FORBIDDEN, "This API token's scope ("
                            + holder.get().scope() + ") does not allow " + request.getMethod() + " " + path);
                    return;
                }
                UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken
                        .authenticated(member.get(), null, member.get().getAuthorities());
                authentication.setDetails(details);
                SecurityContextHolder.getContext().setAuthentication(authentication);
            }
        }
        chain.doFilter(request, response);
    }
}
