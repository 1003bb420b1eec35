package org.careloop.education;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.careloop.RefusedTransition;
import org.careloop.StaleVersion;

/**
 * A material given to a patient, and its teach-backs in order. The title and language are those of the material
 * when it was assigned. {@code carePlanId}, {@code interventionId} and {@code intervention} (its words) name the
 * care-plan intervention it serves, if any. Understood ends the assignment: a later teach-back is refused, naming
 * when it was understood. {@code version} guards against two people recording at once.
 */
public record EducationAssignment(UUID id, UUID patientId, UUID practiceId, String materialId, String materialTitle,
                                  String materialLanguage, UUID carePlanId, String interventionId, String intervention,
                                  AssignmentStatus status, UUID assignedBy, String assignedByName, Instant assignedAt,
                                  String copyEmailedTo, Instant copyEmailedAt, int version, List<TeachBack> teachBacks) {

    public EducationAssignment {
        teachBacks = teachBacks == null ? List.of() : List.copyOf(teachBacks);
    }

    /** The latest teach-back, if there was one. */
    public Optional<TeachBack> latest() {
        return teachBacks.isEmpty() ? Optional.empty() : Optional.of(teachBacks.get(teachBacks.size() - 1));
    }

    /**
     * The assignment after a teach-back based on {@code basedOnVersion}: understood closes it, needing reinforcement
     * keeps it open as such, and a teach-back not done leaves it as it was.
     */
    EducationAssignment taughtBack(int basedOnVersion, TeachBack teachBack) {
        if (!status.open()) {
            throw new RefusedTransition("'" + materialTitle + "' is already understood"
                    + latest().map(t -> " (teach-back on " + t.taughtAt() + ")").orElse("")
                    + "; assign it again to teach it anew");
        }
        if (basedOnVersion != version) {
            throw new StaleVersion("The material's teach-backs were changed by someone else; reload them", version);
        }
        AssignmentStatus next = switch (teachBack.result()) {
            case UNDERSTOOD -> AssignmentStatus.UNDERSTOOD;
            case NEEDS_REINFORCEMENT -> AssignmentStatus.NEEDS_REINFORCEMENT;
            case NOT_DONE -> status;
        };
        List<TeachBack> all = new ArrayList<>(teachBacks);
        all.add(teachBack);
        return new EducationAssignment(id, patientId, practiceId, materialId, materialTitle, materialLanguage,
                carePlanId, interventionId, intervention, next, assignedBy, assignedByName, assignedAt, copyEmailedTo,
                copyEmailedAt, version + 1, all);
    }

    EducationAssignment withNames(String assignedBy, List<TeachBack> named) {
        return new EducationAssignment(id, patientId, practiceId, materialId, materialTitle, materialLanguage,
                carePlanId, interventionId, intervention, status, this.assignedBy, assignedBy, assignedAt,
                copyEmailedTo, copyEmailedAt, version, named);
    }
}
