package org.careloop.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.careloop.identity.StaffMember;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Accepts {@code Authorization: Bearer clt_...} on the API and the FHIR endpoint. */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";
    private final ApiTokens tokens;
    private final StaffAccounts accounts;

    ApiTokenAuthenticationFilter(ApiTokens tokens, StaffAccounts accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith(PREFIX)) {
            tokens.holderOf(header.substring(PREFIX.length()).trim())
                    .flatMap(holder -> accounts.find(holder.userId()).map(member -> authenticated(member, holder, request)))
                    .ifPresentOrElse(authentication -> SecurityContextHolder.getContext().setAuthentication(authentication),
                            () -> request.setAttribute("careloop.invalidToken", true));
        }
        chain.doFilter(request, response);
    }

    private static UsernamePasswordAuthenticationToken authenticated(StaffMember member, ApiTokens.Holder holder,
                                                                     HttpServletRequest request) {
        if (!member.isAccountNonLocked() || !member.isEnabled()) {
            return null;
        }
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(member, null, member.getAuthorities());
        authentication.setDetails(new ApiTokenDetails(holder.tokenId(), request.getRemoteAddr()));
        return authentication;
    }
}
