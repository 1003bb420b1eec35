package org.careloop.worklist;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.careloop.assessment.Assessments;
import org.careloop.assessment.OpenScreen;
import org.careloop.audit.AuditAction;
import org.careloop.careplan.CarePlanSummary;
import org.careloop.careplan.CarePlans;
import org.careloop.enrollment.AttestationQueue;
import org.careloop.enrollment.AttestationQueue.AwaitingAttestation;
import org.careloop.enrollment.EnrollmentStatus;
import org.careloop.identity.Caller;
import org.careloop.patient.PatientGate;
import org.careloop.patient.PatientRoster;
import org.careloop.program.CareProgram;
import org.careloop.task.Task;
import org.careloop.task.TaskBoard;
import org.careloop.task.TaskKind;
import org.careloop.task.TaskPriority;
import org.springframework.stereotype.Service;

/**
 * What waits for a provider of the caller's practices: enrollments to attest, care plans sent for sign-off, positive
 * screens nobody followed up (with their score, severity and safety flags), open escalations, and calls handed over to
 * the providers' pool or to the provider by name. Each line names the patient; every patient shown is audited.
 */
@Service
public class ProviderInbox {

    /** A care plan version a care manager sent for signature. */
    public record PlanToSign(UUID planId, int version, CareProgram program, Patient patient, Instant requestedAt,
                             String requestedBy) {
    }

    /** An enrollment waiting for a provider to attest that the patient qualifies; {@code yours} when billed by the caller. */
    public record EnrollmentToAttest(UUID enrollmentId, int version, CareProgram program, boolean complex,
                                     EnrollmentStatus status, OffsetDateTime referredAt, boolean yours,
                                     Patient patient) {
    }

    /** A positive screen (PHQ-9, GAD-7, ...) without follow-up: its total, severity band and safety flags. */
    public record ScreenToReview(UUID assessmentId, String instrument, OffsetDateTime administeredAt, Integer score,
                                 String severity, List<String> flags, Patient patient) {
    }

    /** An open escalation task. */
    public record Escalation(UUID taskId, String title, LocalDate dueOn, TaskPriority priority, String pool,
                             boolean owned, Patient patient) {
    }

    /** A call a care manager handed over to the providers' pool or to this provider; {@code owned} once taken. */
    public record HandedOver(UUID taskId, String title, LocalDate dueOn, TaskPriority priority, boolean owned,
                             Patient patient) {
    }

    /** Who a line is about; {@code name} is empty when the patient is outside the caller's practices. */
    public record Patient(UUID id, String name, String mrn) {
    }

    /** The five lists, oldest or most urgent first. */
    public record Contents(List<EnrollmentToAttest> attestations, List<PlanToSign> plans, List<ScreenToReview> screens,
                           List<Escalation> escalations, List<HandedOver> handOffs) {
    }

    private static final String SCREEN = "QuestionnaireResponse";
    private static final String ENROLLMENT = "EpisodeOfCare";

    private final CarePlans carePlans;
    private final Assessments assessments;
    private final TaskBoard tasks;
    private final AttestationQueue attestationQueue;
    private final PatientRoster roster;
    private final PatientGate gate;

    ProviderInbox(CarePlans carePlans, Assessments assessments, TaskBoard tasks, AttestationQueue attestationQueue,
                  PatientRoster roster, PatientGate gate) {
        this.carePlans = carePlans;
        this.attestationQueue = attestationQueue;
        this.assessments = assessments;
        this.tasks = tasks;
        this.roster = roster;
        this.gate = gate;
    }

    public Contents forProvider(Caller provider) {
        List<AwaitingAttestation> attestations = attestationQueue.forProvider(provider);
        List<CarePlanSummary> plans = carePlans.awaitingSignOff(provider.practiceIds());
        Set<UUID> practicePatients = provider.practiceIds().stream()
                .flatMap(practice -> roster.ofPractice(practice).keySet().stream()).collect(Collectors.toSet());
        List<OpenScreen> screens = assessments.openPositiveScreens(practicePatients);
        List<Task> escalations = tasks.openEscalations().stream().filter(task -> task.patientId() != null).toList();
        List<Task> handOffs = Stream.concat(tasks.list(TaskBoard.View.POOL, null, true).stream(),
                        tasks.list(TaskBoard.View.MINE, null, true).stream())
                .filter(task -> task.kind() == TaskKind.HANDOFF && task.patientId() != null).distinct().toList();
        Map<UUID, PatientRoster.RosterEntry> patients = roster.of(Stream.of(
                attestations.stream().map(AwaitingAttestation::patientId),
                plans.stream().map(CarePlanSummary::patientId), screens.stream().map(OpenScreen::patientId),
                escalations.stream().map(Task::patientId), handOffs.stream().map(Task::patientId))
                        .flatMap(s -> s).collect(Collectors.toSet()),
                provider.practiceArray());
        gate.listed(AuditAction.SEARCH, SCREEN, screens, screen -> new PatientGate.Listed(screen.patientId(),
                practiceOf(patients, screen.patientId()), screen.assessmentId()));
        gate.listed(AuditAction.SEARCH, ENROLLMENT, attestations, waiting -> new PatientGate.Listed(waiting.patientId(),
                waiting.practiceId(), waiting.enrollmentId()));
        return new Contents(
                attestations.stream().map(waiting -> new EnrollmentToAttest(waiting.enrollmentId(), waiting.version(),
                        waiting.program(), waiting.complex(), waiting.status(), waiting.referredAt(),
                        waiting.billedBy(provider.userId()), patient(patients, waiting.patientId()))).toList(),
                plans.stream().map(plan -> new PlanToSign(plan.id(), plan.version(), plan.program(),
                        patient(patients, plan.patientId()), plan.signOffRequestedAt(), plan.signOffRequestedBy())).toList(),
                screens.stream().map(screen -> new ScreenToReview(screen.assessmentId(), screen.instrumentTitle(),
                        screen.administeredAt(), screen.score(), screen.severity(), screen.flags(),
                        patient(patients, screen.patientId()))).toList(),
                escalations.stream().map(task -> new Escalation(task.id(), task.title(), task.dueOn(), task.priority(),
                        task.rolePool(), task.ownerId() != null, patient(patients, task.patientId()))).toList(),
                handOffs.stream().map(task -> new HandedOver(task.id(), task.title(), task.dueOn(), task.priority(),
                        task.ownerId() != null, patient(patients, task.patientId()))).toList());
    }

    private static Patient patient(Map<UUID, PatientRoster.RosterEntry> patients, UUID id) {
        PatientRoster.RosterEntry entry = patients.get(id);
        return entry == null ? new Patient(id, "", "") : new Patient(id, entry.displayName(), entry.mrn());
    }

    private static UUID practiceOf(Map<UUID, PatientRoster.RosterEntry> patients, UUID id) {
        PatientRoster.RosterEntry entry = patients.get(id);
        return entry == null ? null : entry.practiceId();
    }
}
