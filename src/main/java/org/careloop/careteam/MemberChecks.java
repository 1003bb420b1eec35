package org.careloop.careteam;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.directory.DirectoryOrganization;
import org.careloop.directory.DirectoryPractitioner;
import org.careloop.directory.OrganizationDirectory;
import org.careloop.directory.PractitionerDirectory;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The checks on a new member that need the practice's staff and directory: a care manager or nurse of the team is
 * one of the practice's own, holding that role; an outside member is an active entry of the directory the practice
 * sees (never another practice's hand-entered one). The same person in the same role is on the team once.
 */
@Component
class MemberChecks {

    private final Staff staff;
    private final PractitionerDirectory practitioners;
    private final OrganizationDirectory organizations;

    MemberChecks(Staff staff, PractitionerDirectory practitioners, OrganizationDirectory organizations) {
        this.staff = staff;
        this.practitioners = practitioners;
        this.organizations = organizations;
    }

    void whoExists(UUID practiceId, CareTeamRole role, CareTeamMemberEntry entry) {
        if (entry.staffId() != null && !staffOfPractice(practiceId, role, entry.staffId())) {
            refuse("staffId", role == CareTeamRole.CARE_MANAGER || role == CareTeamRole.NURSE
                    ? "must be a " + role + " of the patient's practice"
                    : "must be a care manager, nurse or provider of the patient's practice");
        }
        if (entry.practitionerId() != null) {
            DirectoryPractitioner found = practitioners.seenBy(practiceId, List.of(entry.practitionerId()))
                    .get(entry.practitionerId());
            if (found == null || !found.active()) {
                refuse("practitionerId", "must be an active practitioner of the directory your practice sees");
            }
        }
        if (entry.organizationId() != null) {
            DirectoryOrganization found = organizations.seenBy(practiceId, List.of(entry.organizationId()))
                    .get(entry.organizationId());
            if (found == null || !found.active()) {
                refuse("organizationId", "must be an active organization of the directory your practice sees");
            }
        }
    }

    /** Runs the write; a second current membership of the same member in the same role is refused. */
    void insertOnce(StoredMember member, Runnable write) {
        try {
            write.run();
        } catch (DuplicateKeyException twice) {
            refuse("member", "is already on the care team as " + member.role() + ": revise that membership instead");
        }
    }

    private boolean staffOfPractice(UUID practiceId, CareTeamRole role, UUID staffId) {
        List<Role> roles = switch (role) {
            case CARE_MANAGER -> List.of(Role.CARE_MANAGER);
            case NURSE -> List.of(Role.NURSE);
            default -> List.of(Role.CARE_MANAGER, Role.NURSE, Role.PROVIDER);
        };
        return roles.stream().anyMatch(r -> staff.inPractice(practiceId, r).stream()
                .anyMatch(person -> person.id().equals(staffId)));
    }

    private static void refuse(String field, String message) {
        throw new InvalidRequest("Invalid " + field, Map.of(field, message));
    }
}
