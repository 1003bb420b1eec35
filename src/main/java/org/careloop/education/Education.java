package org.careloop.education;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.NotFound;
import org.careloop.audit.AuditAction;
import org.careloop.careplan.CarePlanView;
import org.careloop.careplan.CarePlans;
import org.careloop.careplan.PlanIntervention;
import org.careloop.identity.Callers;
import org.careloop.identity.Staff;
import org.careloop.patient.PatientGate;
import org.careloop.program.CareProgram;
import org.careloop.timetracking.CareActivity;
import org.careloop.timetracking.NewTimeEntry;
import org.careloop.timetracking.TimeDetails;
import org.careloop.timetracking.TimeLog;
import org.careloop.timetracking.TimeSpan;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teaching a patient: a material from the library is assigned (on a call, or for a care-plan intervention), taught,
 * and the teach-back recorded. The minutes of a teach-back, when given, are logged as CCM time with the activity
 * "patient communication" (CMS counts education of the patient or caregiver as care-management time; on a call the
 * call's own timer already counts them, so none are given there). Every read and write passes the patient gate.
 */
@Service
public class Education {

    static final String RESOURCE = "EducationAssignment";

    private final StoredAssignments assignments;
    private final EducationLibrary library;
    private final PatientGate gate;
    private final CarePlans carePlans;
    private final TimeLog timeLog;
    private final Staff staff;
    private final Callers callers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Education(StoredAssignments assignments, EducationLibrary library, PatientGate gate, CarePlans carePlans,
              TimeLog timeLog, Staff staff, Callers callers, ApplicationEventPublisher events, Clock clock) {
        this.assignments = assignments;
        this.library = library;
        this.gate = gate;
        this.carePlans = carePlans;
        this.timeLog = timeLog;
        this.staff = staff;
        this.callers = callers;
        this.events = events;
        this.clock = clock;
    }

    /** Gives the patient a material; for a care-plan intervention, the plan must be the patient's and name it. */
    @Transactional
    public EducationAssignment assign(UUID patientId, NewAssignment request) {
        Map<String, String> problems = new LinkedHashMap<>();
        EducationMaterial material = library.find(request.materialId()).orElse(null);
        if (material == null) {
            problems.put("materialId", request.materialId() == null || request.materialId().isBlank() ? "is required"
                    : "is not a material of the library");
        }
        if (request.carePlanId() == null && request.interventionId() != null) {
            problems.put("carePlanId", "is required with interventionId");
        } else if (request.carePlanId() != null && (request.interventionId() == null || request.interventionId().isBlank())) {
            problems.put("interventionId", "is required with carePlanId");
        }
        TeachBackRules.refuseAny(problems);
        return gate.create(patientId, RESOURCE, access -> {
            gate.refuseIfDeceased(access, "assign education");
            if (material.practiceId() != null && !material.practiceId().equals(access.practiceId())) {
                throw new InvalidRequest("Invalid materialId", Map.of("materialId",
                        "is a material of another practice's library"));
            }
            PlanIntervention intervention = request.carePlanId() == null ? null
                    : intervention(patientId, request.carePlanId(), request.interventionId().trim());
            EducationAssignment assignment = new EducationAssignment(UUID.randomUUID(), patientId,
                    access.practiceId(), material.id(), material.title(), material.language(), request.carePlanId(),
                    intervention == null ? null : intervention.id(),
                    intervention == null ? null : intervention.description(), AssignmentStatus.ASSIGNED,
                    callers.current().userId(), null, clock.instant(), null, null, 0, List.of());
            assignments.insert(assignment);
            return named(assignment);
        }, EducationAssignment::id);
    }

    /** The patient's assignments with their teach-backs, newest first: what was taught, to whom and when. */
    public List<EducationAssignment> forPatient(UUID patientId) {
        UUID practice = gate.open(patientId, AuditAction.READ, RESOURCE).practiceId();
        return named(assignments.forPatient(patientId, practice));
    }

    /** One assignment; another practice's is not found. */
    public EducationAssignment find(UUID assignmentId) {
        return find(assignmentId, AuditAction.READ);
    }

    /** Records a teach-back; its minutes, when given, are logged as care-management time in the same transaction. */
    @Transactional
    public EducationAssignment recordTeachBack(UUID assignmentId, NewTeachBack request) {
        Instant now = clock.instant();
        TeachBackRules.Checked checked = TeachBackRules.check(request, now);
        EducationAssignment stored = assignments.find(assignmentId).orElseThrow(() ->
                gate.refuse(AuditAction.UPDATE, RESOURCE, assignmentId, "No education assignment " + assignmentId));
        return gate.change(stored.patientId(), AuditAction.UPDATE, RESOURCE, assignmentId, access -> {
            TeachBack teachBack = new TeachBack(UUID.randomUUID(), callers.current().userId(), null,
                    checked.taughtTo(), checked.result(), checked.note(), checked.taughtAt(), checked.minutes(), null);
            EducationAssignment after = stored.taughtBack(request.version() == null ? stored.version()
                    : request.version(), teachBack);
            if (checked.minutes() != null) {
                teachBack = new TeachBack(teachBack.id(), teachBack.taughtBy(), null, teachBack.taughtTo(),
                        teachBack.result(), teachBack.note(), teachBack.taughtAt(), teachBack.minutes(),
                        logMinutes(stored, teachBack, request.program()));
            }
            assignments.recordTeachBack(after, teachBack, now);
            events.publishEvent(new TeachBackRecorded(stored.patientId(), stored.practiceId(), stored.id(),
                    stored.materialTitle(), teachBack.taughtTo(), teachBack.result(), teachBack.taughtAt()));
            return named(assignments.find(assignmentId).orElseThrow());
        });
    }

    /** Notes that the patient's copy was e-mailed (the e-mail itself is the export, audited by the copies). */
    void copyEmailed(UUID assignmentId, String to) {
        assignments.copyEmailed(assignmentId, to, clock.instant());
    }

    EducationAssignment find(UUID assignmentId, AuditAction action) {
        EducationAssignment stored = assignments.find(assignmentId).orElseThrow(() ->
                gate.refuse(action, RESOURCE, assignmentId, "No education assignment " + assignmentId));
        gate.open(stored.patientId(), action, RESOURCE, assignmentId);
        return named(stored);
    }

    /** Education of the patient or caregiver counts as CMS care-management time: patient communication. */
    private UUID logMinutes(EducationAssignment assignment, TeachBack teachBack, CareProgram program) {
        return timeLog.log(assignment.patientId(), new NewTimeEntry(new TimeDetails(
                program == null ? CareProgram.CCM : program, CareActivity.PATIENT_COMMUNICATION,
                TimeSpan.ofMinutes(teachBack.taughtAt().minus(Duration.ofMinutes(teachBack.minutes())),
                        teachBack.minutes()), null,
                "Education: " + assignment.materialTitle() + " (teach-back: "
                        + teachBack.result().name().toLowerCase().replace('_', ' ') + ", "
                        + teachBack.taughtTo().name().toLowerCase() + ")"), false, null)).id();
    }

    private PlanIntervention intervention(UUID patientId, UUID planId, String interventionId) {
        CarePlanView plan;
        try {
            plan = carePlans.find(planId);
        } catch (NotFound notFound) {
            throw new InvalidRequest("Invalid carePlanId", Map.of("carePlanId", "is not a care plan of this patient"));
        }
        if (!plan.patientId().equals(patientId)) {
            throw new InvalidRequest("Invalid carePlanId", Map.of("carePlanId", "is not a care plan of this patient"));
        }
        return plan.content().interventions().stream().filter(i -> i.id().equals(interventionId)).findFirst()
                .orElseThrow(() -> new InvalidRequest("Invalid interventionId", Map.of("interventionId",
                        "is not an intervention on this care plan")));
    }

    private EducationAssignment named(EducationAssignment assignment) {
        return named(List.of(assignment)).get(0);
    }

    private List<EducationAssignment> named(List<EducationAssignment> found) {
        Map<UUID, Staff.Person> people = staff.byId(StoredAssignments.people(found));
        return found.stream().map(a -> a.withNames(name(people, a.assignedBy()), a.teachBacks().stream()
                .map(t -> new TeachBack(t.id(), t.taughtBy(), name(people, t.taughtBy()), t.taughtTo(), t.result(),
                        t.note(), t.taughtAt(), t.minutes(), t.timeEntryId())).toList())).toList();
    }

    private static String name(Map<UUID, Staff.Person> people, UUID id) {
        Staff.Person person = people.get(id);
        return person == null ? null : person.displayName();
    }
}
