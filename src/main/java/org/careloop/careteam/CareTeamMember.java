package org.careloop.careteam;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A member of a patient's care team as the team reads it: role, name, organization, specialty, and how to reach
 * them — the directory entry's phone, fax and e-mail unless overridden for this patient ({@code phoneOverride} and
 * the others hold what was typed here). Exactly one of {@code staffId}, {@code practitionerId},
 * {@code organizationId} names who it is. {@code id} and {@code version} are null for members the care team does
 * not keep itself ({@link MemberSource}).
 */
public record CareTeamMember(UUID id, CareTeamRole role, MemberSource source, String name, String organization,
                             String specialty, String phone, String fax, String email, UUID staffId,
                             UUID practitionerId, UUID organizationId, LocalDate activeSince, LocalDate activeUntil,
                             String notes, String phoneOverride, String faxOverride, String emailOverride,
                             Integer version) {

    /** Whether the membership still holds on {@code day}: {@code activeUntil} is the day it ended. */
    public boolean currentOn(LocalDate day) {
        return activeUntil == null || activeUntil.isAfter(day);
    }

    /** Whether the care team edits and ends this member itself. */
    public boolean editable() {
        return source == MemberSource.CARE_TEAM;
    }
}
