package org.careloop.identity;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A person who signs in to CareLoop, as Spring Security sees them. */
public record StaffMember(UUID id, String username, String displayName, String passwordHash, String npi,
                          boolean enabled, Set<Role> roles, Set<UUID> practiceIds) implements UserDetails {

    public Caller asCaller() {
        return new Caller(id, username, roles, practiceIds);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
