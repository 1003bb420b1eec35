package org.careloop.careteam;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.careloop.enrollment.Enrollment;
import org.careloop.enrollment.EnrollmentStatus;
import org.careloop.enrollment.ProgramEnrollments;
import org.careloop.patient.PatientAccess;
import org.careloop.patient.PatientRoster;
import org.springframework.stereotype.Component;

/**
 * The members the care team shows but another module owns: the billing practitioner of each enrollment not ended
 * (one line per practitioner, naming the programs) and the care manager the registry assigns the patient to — unless
 * the care team already keeps that care manager itself.
 */
@Component
class MembersKeptElsewhere {

    private final ProgramEnrollments enrollments;
    private final PatientRoster roster;
    private final MemberCards cards;

    MembersKeptElsewhere(ProgramEnrollments enrollments, PatientRoster roster, MemberCards cards) {
        this.enrollments = enrollments;
        this.roster = roster;
        this.cards = cards;
    }

    List<CareTeamMember> of(PatientAccess access, List<CareTeamMember> kept) {
        Map<UUID, List<Enrollment>> byPractitioner = enrollments.of(access).stream()
                .filter(e -> e.status() != EnrollmentStatus.DISENROLLED && e.billingPractitionerId() != null)
                .collect(Collectors.groupingBy(Enrollment::billingPractitionerId, LinkedHashMap::new,
                        Collectors.toList()));
        List<CareTeamMember> members = new ArrayList<>();
        byPractitioner.forEach((practitioner, programs) -> members.add(cards.billingPractitioner(access.practiceId(),
                practitioner, programs.stream().map(e -> e.program().name()).distinct()
                        .collect(Collectors.joining(", ")), programs.get(0).startOn())));
        UUID careManager = roster.of(List.of(access.patientId()), new UUID[] {access.practiceId()}).values().stream()
                .map(PatientRoster.RosterEntry::assignedCareManagerId).filter(Objects::nonNull)
                .findFirst().orElse(null);
        boolean keptHere = kept.stream().anyMatch(m -> m.role() == CareTeamRole.CARE_MANAGER
                && Objects.equals(careManager, m.staffId()));
        if (careManager != null && !keptHere) {
            members.add(cards.assignedCareManager(access.practiceId(), careManager));
        }
        return members;
    }
}
