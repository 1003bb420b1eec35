package org.careloop.identity;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Runs work as a named staff member when no person is signed in, such as loading the demo organization's month:
 * every rule, scope check and audit event then applies exactly as if that person had done it through the API.
 */
@Component
public class ActingStaff {

    private final UserDetailsService accounts;

    ActingStaff(UserDetailsService accounts) {
        this.accounts = accounts;
    }

    public <T> T as(String username, Supplier<T> work) {
        StaffMember member = (StaffMember) accounts.loadUserByUsername(username);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext acting = SecurityContextHolder.createEmptyContext();
        acting.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(member, null, member.getAuthorities()));
        SecurityContextHolder.setContext(acting);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void run(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }
}
