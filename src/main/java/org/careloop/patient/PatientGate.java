package org.careloop.patient;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.careloop.NotFound;
import org.careloop.RefusedTransition;
import org.careloop.StaleVersion;
import org.careloop.audit.AuditAction;
import org.careloop.audit.AuditChannel;
import org.careloop.audit.AuditChannels;
import org.careloop.audit.AuditOutcome;
import org.careloop.audit.AuditTrail;
import org.careloop.audit.PatientDataAccess;
import org.careloop.identity.Caller;
import org.careloop.identity.Callers;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The one gate through which every module reaches a patient's data. In a single call it resolves the caller's
 * practices, refuses a patient outside them exactly like a missing one ({@link NotFound}, recorded as NOT_FOUND so a
 * record's existence never leaks) and writes the audit event; the channel comes from the request or the explicit
 * context ({@link org.careloop.audit.AuditChannels}), never from the caller. A module gets a patient's practice only
 * as a {@link PatientAccess}, which exists only once the access is on the trail.
 */
@Service
public class PatientGate {

    static final String NOT_IN_PRACTICES = "no such patient in the caller's practices";

    private final Patients patients;
    private final Callers callers;
    private final AuditTrail audit;

    PatientGate(Patients patients, Callers callers, AuditTrail audit) {
        this.patients = patients;
        this.callers = callers;
        this.audit = audit;
    }

    /** Opens the patient for a read (or an action complete by the time this returns), recorded as done. */
    public PatientAccess open(UUID patientId, AuditAction action, String resourceType) {
        return open(patientId, action, resourceType, null);
    }

    /** As {@link #open(UUID, AuditAction, String)}, naming the resource read. */
    public PatientAccess open(UUID patientId, AuditAction action, String resourceType, Object resourceId) {
        PatientAccess access = enter(patientId, action, resourceType, resourceId);
        audit.record(PatientDataAccess.of(action, access.practiceId(), patientId, resourceType, resourceId));
        return access;
    }

    /**
     * Opens the patient for a change: the change runs once the caller is known to reach the patient, and how it
     * ended is recorded — done, FAILED when the domain refused it (a refused transition, a stale version), DENIED
     * when the caller's role may not make it.
     */
    public <T> T change(UUID patientId, AuditAction action, String resourceType, Object resourceId,
                        Function<PatientAccess, T> work) {
        return change(patientId, action, resourceType, work, result -> resourceId, resourceId);
    }

    /** As {@link #change}, for creating a resource whose identity the result gives. */
    public <T> T create(UUID patientId, String resourceType, Function<PatientAccess, T> work,
                        Function<T, Object> resourceIdOf) {
        return change(patientId, AuditAction.CREATE, resourceType, work, resourceIdOf, null);
    }

    /**
     * As {@link #create}, for several patients at once (a device feed's bundle): one scope check for all of them, the
     * work done once with every patient opened, and one audit event per patient, written in one batch. A patient the
     * caller does not reach is refused (recorded as NOT_FOUND, 404) before any work is done. {@code work} answers a
     * result per patient; {@code resourceIdOf} names what was created for each.
     */
    public <T> Map<UUID, T> createAll(Collection<UUID> patientIds, String resourceType,
                                      Function<List<PatientAccess>, Map<UUID, T>> work,
                                      Function<T, Object> resourceIdOf) {
        Map<UUID, UUID> reached = patients.practicesOf(patientIds, callers.current().practiceArray());
        List<PatientAccess> accesses = new ArrayList<>(patientIds.size());
        for (UUID patientId : patientIds) {
            UUID practice = reached.get(patientId);
            if (practice == null) {
                enter(patientId, AuditAction.CREATE, resourceType, null);
            }
            accesses.add(new PatientAccess(patientId, practice));
        }
        Map<UUID, T> results;
        try {
            results = work.apply(accesses);
        } catch (RefusedTransition | StaleVersion refused) {
            audit.recordAll(attempts(accesses, resourceType, AuditOutcome.FAILED, refused.getMessage()));
            throw refused;
        } catch (AccessDeniedException denied) {
            audit.recordAll(attempts(accesses, resourceType, AuditOutcome.DENIED, denied.getMessage()));
            throw denied;
        }
        audit.recordAll(accesses.stream().map(access -> PatientDataAccess.of(AuditAction.CREATE, access.practiceId(),
                access.patientId(), resourceType, resourceIdOf.apply(results.get(access.patientId())))).toList());
        return results;
    }

    private static List<PatientDataAccess> attempts(List<PatientAccess> accesses, String resourceType,
                                                    AuditOutcome outcome, String detail) {
        return accesses.stream().map(access -> PatientDataAccess.of(AuditAction.CREATE, access.practiceId(),
                access.patientId(), resourceType, null).withOutcome(outcome, detail)).toList();
    }

    /**
     * Records that the caller was shown a list: one event per item, in one batch. Items of practices the caller
     * does not work in are dropped, should a query ever return them.
     */
    public <T> List<T> listed(AuditAction action, String resourceType, List<T> found, Function<T, Listed> describe) {
        Set<UUID> practices = callers.find().map(Caller::practiceIds).orElse(null);
        List<T> visible = practices == null ? found : found.stream().filter(item -> {
            UUID practice = describe.apply(item).practiceId();
            return practice == null || practices.contains(practice);
        }).toList();
        audit.recordAll(visible.stream().map(describe).map(listed -> new PatientDataAccess(action, listed.practiceId(),
                listed.patientId(), resourceType, listed.resourceId() == null ? null : listed.resourceId().toString(),
                AuditOutcome.SUCCESS, listed.detail())).toList());
        return visible;
    }

    /**
     * Checks that the caller reaches the patient before a list of the patient's data is read (the refusal is
     * recorded); the list itself is recorded item by item with {@link #listed}.
     */
    public void check(UUID patientId, AuditAction action, String resourceType) {
        enter(patientId, action, resourceType, null);
    }

    /** Refuses an access to a resource that names no patient the caller can reach (it is missing): recorded, 404. */
    public NotFound refuse(AuditAction action, String resourceType, Object resourceId, String message) {
        audit.record(PatientDataAccess.of(action, null, null, resourceType, resourceId)
                .withOutcome(AuditOutcome.NOT_FOUND, "no such " + resourceType));
        return new NotFound(message);
    }

    /** Records an action on a practice's patients as a whole (a billing month re-opened), not on one patient. */
    public void recordForPractice(AuditAction action, UUID practiceId, String resourceType, Object resourceId,
                                  AuditOutcome outcome, String detail) {
        audit.record(PatientDataAccess.of(action, practiceId, null, resourceType, resourceId).withOutcome(outcome, detail));
    }

    /**
     * Records a change the system made on its own initiative in reaction to something else (a same-day escalation
     * raised by a screen, needs added to a plan), through the SYSTEM door whatever request it happened in.
     */
    public void recordSystemChange(UUID patientId, UUID practiceId, AuditAction action, String resourceType,
                                   Object resourceId) {
        AuditChannels.within(AuditChannel.SYSTEM, null,
                () -> audit.record(PatientDataAccess.of(action, practiceId, patientId, resourceType, resourceId)));
    }

    /**
     * Records what a feed did with a patient's data while nobody is signed in (a hospital's ADT message stored for
     * the patient), through the door and actor the feed named with {@link AuditChannels#within}; the sender's
     * registration chose the practice, and {@link PatientMatching} the patient.
     */
    public void recordFeedChange(UUID patientId, UUID practiceId, AuditAction action, String resourceType,
                                 Object resourceId, String detail) {
        audit.record(PatientDataAccess.of(action, practiceId, patientId, resourceType, resourceId)
                .withOutcome(AuditOutcome.SUCCESS, detail));
    }

    /**
     * The patient's death, if CareLoop knows of one, for a module that has opened the patient (to refuse a call, a
     * referral or a timer). The access that opened the patient is already on the trail.
     */
    public java.util.Optional<PatientDeath> deathOf(PatientAccess access) {
        return patients.deathOf(access.patientId());
    }

    /** Refuses work that needs a living patient, naming the death: "cannot start a call: the patient died on …". */
    public void refuseIfDeceased(PatientAccess access, String work) {
        deathOf(access).ifPresent(death -> {
            throw new RefusedTransition("Cannot " + work + ": " + death.reason()
                    + (death.source() == null ? "" : " (" + death.source() + ")"));
        });
    }

    /** Whether the caller may reach the patient, recording nothing (for choosing what to show). */
    public boolean isVisible(UUID patientId) {
        return patients.practiceOf(patientId, callers.current().practiceArray()).isPresent();
    }

    /** One item of a list read: whose data it is, and which resource. */
    public record Listed(UUID patientId, UUID practiceId, Object resourceId, String detail) {

        public Listed(UUID patientId, UUID practiceId, Object resourceId) {
            this(patientId, practiceId, resourceId, null);
        }
    }

    /** Scope check alone; the refusal is recorded. */
    PatientAccess enter(UUID patientId, AuditAction action, String resourceType, Object resourceId) {
        UUID practice = patients.practiceOf(patientId, callers.current().practiceArray()).orElseThrow(() -> {
            audit.record(PatientDataAccess.of(action, null, patientId, resourceType, resourceId)
                    .withOutcome(AuditOutcome.NOT_FOUND, NOT_IN_PRACTICES));
            return new NotFound("No patient " + patientId);
        });
        return new PatientAccess(patientId, practice);
    }

    void record(PatientDataAccess access) {
        audit.record(access);
    }

    void recordAll(List<PatientDataAccess> accesses) {
        audit.recordAll(accesses);
    }

    private <T> T change(UUID patientId, AuditAction action, String resourceType, Function<PatientAccess, T> work,
                         Function<T, Object> resourceIdOf, Object knownId) {
        PatientAccess access = enter(patientId, action, resourceType, knownId);
        PatientDataAccess attempt = PatientDataAccess.of(action, access.practiceId(), patientId, resourceType, knownId);
        T result;
        try {
            result = work.apply(access);
        } catch (RefusedTransition | StaleVersion refused) {
            audit.record(attempt.withOutcome(AuditOutcome.FAILED, refused.getMessage()));
            throw refused;
        } catch (AccessDeniedException denied) {
            audit.record(attempt.withOutcome(AuditOutcome.DENIED, denied.getMessage()));
            throw denied;
        }
        audit.record(PatientDataAccess.of(action, access.practiceId(), patientId, resourceType, resourceIdOf.apply(result)));
        return result;
    }
}
