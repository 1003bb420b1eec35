package org.careloop.transition;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.careloop.InvalidRequest;
import org.careloop.audit.AuditAction;
import org.careloop.identity.Caller;
import org.careloop.identity.Callers;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.careloop.outreach.InteractionKind;
import org.careloop.outreach.InteractionOutcome;
import org.careloop.outreach.NewInteraction;
import org.careloop.outreach.Outreach;
import org.careloop.patient.PatientGate;
import org.careloop.transition.internal.InteractiveContact;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Transitions of care: a patient's transitions as the care team reads them, the contact and the provider's
 * face-to-face visit recorded on one, and the bulk reads the worklist and the billing month make (for patients those
 * modules have already scoped, leaving the audit of what they show to them). Reads and changes of one patient's
 * transitions go through {@link PatientGate}; another practice's transition is not found. A change runs in its own
 * transaction inside the gate, so a refusal stays on the audit trail while the change is rolled back.
 */
@Service
public class Transitions {

    static final String RESOURCE = "Transition";

    /**
     * A contact on the transition: recorded as the patient's contact in outreach like any call (so it also counts as
     * the month's contact), then taken into the transition. {@code occurredAt} null means just now.
     */
    public record ContactReport(Integer version, InteractionKind kind, InteractionOutcome outcome, Instant occurredAt,
                                String notes) {
    }

    /** The provider's face-to-face visit and the medical decision making it took. */
    public record FaceToFaceReport(Integer version, LocalDate visitedOn, MedicalDecisionMaking complexity) {
    }

    private final StoredTransitions stored;
    private final PatientGate gate;
    private final Callers callers;
    private final Outreach outreach;
    private final Staff staff;
    private final ApplicationEventPublisher events;
    private final TransitionSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Transitions(StoredTransitions stored, PatientGate gate, Callers callers, Outreach outreach, Staff staff,
                ApplicationEventPublisher events, TransitionSettings settings, TransactionTemplate transaction,
                Clock clock) {
        this.transaction = transaction;
        this.stored = stored;
        this.gate = gate;
        this.callers = callers;
        this.outreach = outreach;
        this.staff = staff;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /** The patient's transitions, the latest discharge first, each with its status today. */
    public List<TransitionView> ofPatient(UUID patientId) {
        gate.open(patientId, AuditAction.READ, RESOURCE);
        LocalDate today = LocalDate.now(clock);
        return stored.ofPatient(patientId).stream().map(transition -> TransitionView.of(transition, today)).toList();
    }

    /**
     * The transition a call with the patient should be about now: the latest one still being worked (not complete
     * nor withdrawn) whose stay ended within the recent-discharge window.
     */
    public java.util.Optional<TransitionView> current(UUID patientId) {
        LocalDate since = LocalDate.now(clock).minusDays(settings.recentDischargeDays());
        return ofPatient(patientId).stream()
                .filter(view -> !view.status().isFinal() && !view.dischargedOn().isBefore(since)).findFirst();
    }

    /** One transition of the caller's practices. */
    public TransitionView find(UUID transitionId) {
        Transition transition = ofCaller(transitionId, AuditAction.READ);
        gate.open(transition.patientId(), AuditAction.READ, RESOURCE, transitionId);
        return TransitionView.of(transition, LocalDate.now(clock));
    }

    public TransitionView recordContact(UUID transitionId, ContactReport report) {
        Transition transition = ofCaller(transitionId, AuditAction.UPDATE);
        return gate.change(transition.patientId(), AuditAction.UPDATE, RESOURCE, transitionId,
                access -> transaction.execute(status -> contact(transition, report)));
    }

    private TransitionView contact(Transition transition, ContactReport report) {
        Map<String, String> problems = new LinkedHashMap<>();
        requireVersion(report.version(), problems);
        Instant occurredAt = report.occurredAt() == null ? clock.instant() : report.occurredAt();
        if (report.kind() != null && report.outcome() != null
                && InteractiveContact.of(report.kind(), report.outcome()) == InteractiveContact.Worth.NOT_COUNTED) {
            problems.put("kind", "a " + report.kind() + " that ended " + report.outcome()
                    + " is neither a contact nor an attempt: record a call or a visit");
        }
        if (LocalDate.ofInstant(occurredAt, clock.getZone()).isBefore(transition.stay().dischargedOn())) {
            problems.put("occurredAt", "is before the discharge on " + transition.stay().dischargedOn());
        }
        refuse(problems);
        transition.refuseIfStale(report.version());
        transition.refuseContactIfDone();
        // outreach validates kind, outcome and time, and its InteractionRecorded reaches StepsAfterDischarge here
        outreach.record(transition.patientId(), new NewInteraction(report.kind(), report.outcome(),
                List.of("transition of care"), report.notes(), null, report.occurredAt()));
        return reloaded(transition.id());
    }

    public TransitionView recordFaceToFace(UUID transitionId, FaceToFaceReport report) {
        Transition transition = ofCaller(transitionId, AuditAction.UPDATE);
        return gate.change(transition.patientId(), AuditAction.UPDATE, RESOURCE, transitionId,
                access -> transaction.execute(status -> faceToFace(transition, report)));
    }

    private TransitionView faceToFace(Transition transition, FaceToFaceReport report) {
        Caller caller = callers.current();
        if (!caller.hasRole(Role.PROVIDER)) {
            throw new AccessDeniedException("Only a provider records the face-to-face visit and its medical "
                    + "decision making");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        requireVersion(report.version(), problems);
        LocalDate today = LocalDate.now(clock);
        LocalDate visited = report.visitedOn();
        var deadlines = transition.deadlines();
        if (visited == null) {
            problems.put("visitedOn", "is required, as yyyy-MM-dd");
        } else if (visited.isAfter(today)) {
            problems.put("visitedOn", "cannot be in the future");
        } else if (visited.isBefore(transition.stay().dischargedOn())) {
            problems.put("visitedOn", "is before the discharge on " + transition.stay().dischargedOn());
        } else if (deadlines.periodEndsOn() != null && visited.isAfter(deadlines.periodEndsOn())) {
            problems.put("visitedOn", "is after the 30-day period, which ended on " + deadlines.periodEndsOn());
        }
        if (report.complexity() == null) {
            problems.put("complexity", "is required: MODERATE or HIGH medical decision making");
        }
        refuse(problems);
        String npi = staff.find(caller.userId()).map(Staff.Person::npi).orElse(null);
        transition.recordFaceToFace(report.version(), new Transition.FaceToFace(visited, report.complexity(),
                caller.userId(), npi));
        stored.save(transition);
        transition.pullEvents().forEach(events::publishEvent);
        return TransitionView.of(transition, today);
    }

    /** What each of these patients' open transitions asks of the care manager today, most pressing first. */
    public Map<UUID, List<TransitionDue>> dueFor(Collection<UUID> patientIds) {
        LocalDate today = LocalDate.now(clock);
        return stored.activeOf(patientIds, today.minusDays(settings.recentDischargeDays())).stream()
                .flatMap(transition -> TransitionWords.due(transition, today).stream())
                .sorted(java.util.Comparator.comparing(due -> !due.contactOwed()))
                .collect(Collectors.groupingBy(TransitionDue::patientId, Collectors.toList()));
    }

    /** The practice's discharges, not withdrawn, whose 30-day period ends between {@code from} and {@code to}. */
    public List<DischargeCare> dischargesEnding(UUID practiceId, LocalDate from, LocalDate to) {
        return stored.periodsEnding(practiceId, from, to).stream().map(transition -> {
            Transition.FaceToFace visit = transition.faceToFace();
            return new DischargeCare(transition.id(), transition.patientId(), transition.stay().facility(),
                    transition.stay().dischargedOn(), transition.stay().diagnoses(),
                    transition.deadlines().contactDueBy(), transition.contactMadeOn().orElse(null),
                    transition.attempts().stream().map(Transition.Contact::on).toList(),
                    transition.medicationsReconciledOn(), visit == null ? null : visit.visitedOn(),
                    visit == null ? null : visit.decisionMaking(), visit == null ? null : visit.providerNpi(),
                    transition.deadlines().periodEndsOn());
        }).toList();
    }

    private Transition ofCaller(UUID transitionId, AuditAction action) {
        return stored.find(transitionId, callers.current().practiceArray())
                .orElseThrow(() -> gate.refuse(action, RESOURCE, transitionId, "No transition " + transitionId));
    }

    private TransitionView reloaded(UUID transitionId) {
        return TransitionView.of(stored.find(transitionId, callers.current().practiceArray()).orElseThrow(),
                LocalDate.now(clock));
    }

    private static void requireVersion(Integer version, Map<String, String> problems) {
        if (version == null) {
            problems.put("version", "is required: the version of the transition you read");
        }
    }

    private static void refuse(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Invalid " + String.join(", ", problems.keySet()), problems);
        }
    }
}
