package org.careloop.identity;

import java.util.Optional;

import org.careloop.identity.internal.TokenScope;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Tells who is making the current request. */
@Component
public class Callers {

    /** The signed-in caller, if any. */
    public Optional<Caller> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffMember member) {
            return Optional.of(member.asCaller());
        }
        return Optional.empty();
    }

    /** Whether the current request comes with a device-feed token, which may only post observations. */
    public boolean postsObservationsOnly() {
        return TokenScope.current().filter(scope -> scope == TokenScope.DEVICE_FEED).isPresent();
    }

    /** The signed-in caller; fails when the request is anonymous, which security configuration prevents. */
    public Caller current() {
        return find().orElseThrow(() -> new IllegalStateException("No signed-in caller"));
    }
}
