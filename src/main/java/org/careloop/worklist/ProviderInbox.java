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
import org.careloop.audit.AuditChannel;
import org.careloop.audit.AuditTrail;
import org.careloop.audit.PatientDataAccess;
import org.careloop.careplan.CarePlanSummary;
import org.careloop.careplan.CarePlans;
import org.careloop.identity.Caller;
import org.careloop.patient.PatientRoster;
import org.careloop.program.CareProgram;
import org.careloop.task.Task;
import org.careloop.task.TaskBoard;
import org.careloop.task.TaskPriority;
import org.springframework.stereotype.Service;

/**
 * What waits for a provider of the caller's practices: care plans sent for sign-off, positive screens nobody
 * followed up, and open escalations. Each line names the patient; every patient shown is audited.
 */
@Service
public class ProviderInbox {

    /** A care plan version a care manager sent for signature. */
    public record PlanToSign(UUID planId, int version, CareProgram program, Patient patient, Instant requestedAt,
                             String requestedBy) {
    }

    /** A positive screen (PHQ-9, GAD-7, ...) without follow-up. */
    public record ScreenToReview(UUID assessmentId, String instrument, OffsetDateTime administeredAt, Patient patient) {
    }

    /** An open escalation task. */
    public record Escalation(UUID taskId, String title, LocalDate dueOn, TaskPriority priority, String pool,
                             boolean owned, Patient patient) {
    }

    /** Who a line is about; {@code name} is empty when the patient is outside the caller's practices. */
    public record Patient(UUID id, String name, String mrn) {
    }

    /** The three lists, oldest or most urgent first. */
    public record Contents(List<PlanToSign> plans, List<ScreenToReview> screens, List<Escalation> escalations) {
    }

    private static final String SCREEN = "QuestionnaireResponse";

    private final CarePlans carePlans;
    private final Assessments assessments;
    private final TaskBoard tasks;
    private final PatientRoster roster;
    private final AuditTrail audit;

    ProviderInbox(CarePlans carePlans, Assessments assessments, TaskBoard tasks, PatientRoster roster, AuditTrail audit) {
        this.carePlans = carePlans;
        this.assessments = assessments;
        this.tasks = tasks;
        this.roster = roster;
        this.audit = audit;
    }

    public Contents forProvider(Caller provider, AuditChannel channel) {
        List<CarePlanSummary> plans = carePlans.awaitingSignOff(provider.practiceIds(), channel);
        Set<UUID> practicePatients = provider.practiceIds().stream()
                .flatMap(practice -> roster.ofPractice(practice).keySet().stream()).collect(Collectors.toSet());
        List<OpenScreen> screens = assessments.openPositiveScreens(practicePatients);
        List<Task> escalations = tasks.openEscalations(channel).stream().filter(task -> task.patientId() != null).toList();
        Map<UUID, PatientRoster.RosterEntry> patients = roster.of(Stream.of(
                plans.stream().map(CarePlanSummary::patientId), screens.stream().map(OpenScreen::patientId),
                escalations.stream().map(Task::patientId)).flatMap(s -> s).collect(Collectors.toSet()),
                provider.practiceArray());
        audit.recordAll(screens.stream().map(screen -> PatientDataAccess.of(AuditAction.SEARCH, channel,
                practiceOf(patients, screen.patientId()), screen.patientId(), SCREEN, screen.assessmentId())).toList());
        return new Contents(
                plans.stream().map(plan -> new PlanToSign(plan.id(), plan.version(), plan.program(),
                        patient(patients, plan.patientId()), plan.signOffRequestedAt(), plan.signOffRequestedBy())).toList(),
                screens.stream().map(screen -> new ScreenToReview(screen.assessmentId(), screen.instrumentTitle(),
                        screen.administeredAt(), patient(patients, screen.patientId()))).toList(),
                escalations.stream().map(task -> new Escalation(task.id(), task.title(), task.dueOn(), task.priority(),
                        task.rolePool(), task.ownerId() != null, patient(patients, task.patientId()))).toList());
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
