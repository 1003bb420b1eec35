package org.careloop.careteam;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.careloop.InvalidRequest;
import org.careloop.directory.HowToReach;

/**
 * What a care team member must be, as a pure rule on what was typed. The role says what kind of member fits:
 * the practice's care managers and nurses are staff of the practice; a specialist is a clinician of the directory;
 * a pharmacy and a home-health agency are organizations of the directory; anyone else fits OTHER. The billing
 * practitioner is refused: it belongs to the enrollment, and a second copy here would drift from what is billed.
 */
final class MemberRules {

    private MemberRules() {
    }

    /** Checks the entry; answers its role. A revision needs a version and does not name who the member is anew. */
    static CareTeamRole check(CareTeamMemberEntry entry, StoredMember revised) {
        Map<String, String> problems = new LinkedHashMap<>();
        CareTeamRole role = role(entry.role(), problems);
        if (revised == null) {
            who(entry, role, problems);
        } else {
            unchangedWho(entry, revised, problems);
            who(new CareTeamMemberEntry(entry.role(), revised.staffId(), revised.practitionerId(),
                    revised.organizationId(), null, null, null, null, null, null, null, null), role, problems);
            if (entry.version() == null) {
                problems.put("version", "is required: send the version you read, so a change made meanwhile is not lost");
            }
        }
        HowToReach.atMost(problems, "specialty", entry.specialty(), 200);
        HowToReach.atMost(problems, "notes", entry.notes(), 2000);
        HowToReach.phone(problems, "phone", entry.phone());
        HowToReach.phone(problems, "fax", entry.fax());
        HowToReach.email(problems, "email", entry.email());
        if (entry.activeSince() != null && entry.activeUntil() != null
                && entry.activeUntil().isBefore(entry.activeSince())) {
            problems.put("activeUntil", "must not be before activeSince (" + entry.activeSince() + ")");
        }
        refuseIfAny(problems);
        return role;
    }

    static void refuseIfAny(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Invalid " + String.join(", ", problems.keySet()), problems);
        }
    }

    private static CareTeamRole role(String text, Map<String, String> problems) {
        String typed = HowToReach.trimmed(text);
        if (CareTeamRole.BILLING_PRACTITIONER.name().equals(typed)) {
            problems.put("role", "the billing practitioner is the enrollment's: change it on the enrollment "
                    + "(PUT /api/enrollments/{enrollmentId}/billing-practitioner), and the care team shows it");
            return null;
        }
        try {
            return CareTeamRole.valueOf(String.valueOf(typed));
        } catch (IllegalArgumentException unknown) {
            problems.put("role", "must be one of " + Arrays.stream(CareTeamRole.values())
                    .filter(CareTeamRole::keptByCareTeam).map(Enum::name).collect(Collectors.joining(", ")));
            return null;
        }
    }

    private static void who(CareTeamMemberEntry entry, CareTeamRole role, Map<String, String> problems) {
        long named = Stream.of(entry.staffId(), entry.practitionerId(), entry.organizationId())
                .filter(java.util.Objects::nonNull).count();
        if (named > 1) {
            problems.put("member", "name exactly one of staffId, practitionerId or organizationId");
            return;
        }
        if (role == null) {
            return;
        }
        switch (role) {
            case CARE_MANAGER, NURSE -> {
                if (entry.staffId() == null) {
                    problems.put("staffId", "is required: a " + role + " is one of the practice's staff");
                }
            }
            case SPECIALIST -> {
                if (entry.practitionerId() == null) {
                    problems.put("practitionerId", "is required: a SPECIALIST is a practitioner of the directory");
                }
            }
            case PHARMACY, HOME_HEALTH -> {
                if (entry.organizationId() == null) {
                    problems.put("organizationId", "is required: a " + role + " is an organization of the directory");
                }
            }
            default -> {
                if (named == 0) {
                    problems.put("member", "name one of staffId, practitionerId or organizationId");
                }
            }
        }
    }

    private static void unchangedWho(CareTeamMemberEntry entry, StoredMember revised, Map<String, String> problems) {
        Map<String, Object[]> ids = Map.of("staffId", new Object[] {entry.staffId(), revised.staffId()},
                "practitionerId", new Object[] {entry.practitionerId(), revised.practitionerId()},
                "organizationId", new Object[] {entry.organizationId(), revised.organizationId()});
        ids.forEach((field, pair) -> {
            if (pair[0] != null && !pair[0].equals(pair[1])) {
                problems.put(field, "cannot change: end this membership and add the new member");
            }
        });
    }
}
