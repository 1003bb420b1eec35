package org.careloop.enrollment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.careloop.enrollment.internal.EnrollmentSets;
import org.careloop.identity.Callers;
import org.careloop.patient.ActiveProblems;
import org.careloop.patient.PatientRoster;
import org.careloop.program.CareProgram;
import org.springframework.stereotype.Service;

/**
 * Where a practice's patients stand in enrollment, in bulk, for the patient list: who is enrolled in a program,
 * who still owes a consent, and the enrollment outreach list — patients the eligibility policy suggests for CCM or
 * PCM who are in no program yet, with its reasons. A practice the caller does not work in has nobody. Nothing is
 * audited here: the list that shows these patients records what it shows.
 */
@Service
public class EnrollmentLists {

    /** A patient to screen: when born and whether they have died. */
    public record Prospect(UUID patientId, LocalDate birthDate, boolean deceased, LocalDate deceasedOn) {
    }

    private final EnrollmentSets sets;
    private final ChronicConditionCatalogue catalogue;
    private final ActiveProblems problems;
    private final PatientRoster roster;
    private final Callers callers;
    private final Clock clock;

    EnrollmentLists(EnrollmentSets sets, ChronicConditionCatalogue catalogue, ActiveProblems problems,
                    PatientRoster roster, Callers callers, Clock clock) {
        this.sets = sets;
        this.catalogue = catalogue;
        this.problems = problems;
        this.roster = roster;
        this.callers = callers;
        this.clock = clock;
    }

    /** Patients of the practice with an enrollment not ended in the program, or in any program when null. */
    public Set<UUID> enrolled(UUID practiceId, CareProgram program) {
        return reaches(practiceId) ? sets.withOpenEnrollment(practiceId, program) : Set.of();
    }

    /** Patients of the practice with an enrollment waiting for their consent. */
    public Set<UUID> awaitingConsent(UUID practiceId) {
        return reaches(practiceId) ? sets.awaitingConsent(practiceId) : Set.of();
    }

    /** The practice's enrollment outreach list: eligible for CCM or PCM, in no program; the verdict by patient. */
    public Map<UUID, EligibilityVerdict> eligibleNotEnrolled(UUID practiceId) {
        if (!reaches(practiceId)) {
            return Map.of();
        }
        List<Prospect> everyone = roster.ofPractice(practiceId).values().stream()
                .map(p -> new Prospect(p.id(), p.birthDate(), "DECEASED".equals(p.status()), p.deceasedOn())).toList();
        return eligible(everyone, problems.inCategories(practiceId, categoryCodes()),
                sets.withOpenEnrollment(practiceId, null));
    }

    /** Which of these patients (a page of a list, already scoped by the caller) are eligible and in no program. */
    public Map<UUID, EligibilityVerdict> eligibleNotEnrolled(Collection<Prospect> patients) {
        if (patients.isEmpty()) {
            return Map.of();
        }
        Set<UUID> ids = patients.stream().map(Prospect::patientId).collect(Collectors.toSet());
        Set<UUID> open = sets.withOpenEnrollment(ids);
        return eligible(patients, problems.inCategories(ids, categoryCodes()), open);
    }

    private Map<UUID, EligibilityVerdict> eligible(Collection<Prospect> patients,
                                                   Map<UUID, ActiveProblems.Categorized> chronic, Set<UUID> open) {
        LocalDate today = LocalDate.now(clock);
        Map<UUID, EligibilityVerdict> eligible = new HashMap<>();
        for (Prospect patient : patients) {
            ActiveProblems.Categorized found = chronic.get(patient.patientId());
            if (found == null || open.contains(patient.patientId())) {
                continue;
            }
            EligibilityVerdict verdict = Eligibility.assessCategories(patient.birthDate(), patient.deceased(),
                    patient.deceasedOn(), found.categoryNames(), today);
            if (verdict.ccm() || verdict.pcm()) {
                eligible.put(patient.patientId(), verdict);
            }
        }
        return eligible;
    }

    private List<ActiveProblems.CategoryCode> categoryCodes() {
        return catalogue.codes().stream()
                .map(code -> new ActiveProblems.CategoryCode(code.system(), code.code(), code.category())).toList();
    }

    private boolean reaches(UUID practiceId) {
        return callers.current().worksIn(practiceId);
    }
}
