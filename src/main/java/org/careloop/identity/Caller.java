package org.careloop.identity;

import java.util.Set;
import java.util.UUID;

/**
 * The signed-in person making the current request: who they are, what roles they hold and which practices'
 * patients they may see. Every patient query is scoped to {@link #practiceIds()}.
 */
public record Caller(UUID userId, String username, Set<Role> roles, Set<UUID> practiceIds) {

    public Caller {
        roles = Set.copyOf(roles);
        practiceIds = Set.copyOf(practiceIds);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean worksIn(UUID practiceId) {
        return practiceIds.contains(practiceId);
    }

    public UUID[] practiceArray() {
        return practiceIds.toArray(UUID[]::new);
    }

    public String rolesText() {
        return roles.stream().map(Enum::name).sorted().reduce((a, b) -> a + "," + b).orElse("");
    }
}
