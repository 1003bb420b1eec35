package org.careloop.careplan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.NotFound;
import org.careloop.audit.AuditAction;
import org.careloop.audit.AuditChannel;
import org.careloop.audit.AuditTrail;
import org.careloop.audit.PatientDataAccess;
import org.careloop.patient.PatientScope;
import org.careloop.program.CareProgram;
import org.springframework.stereotype.Service;

/**
 * Reading care plans: one plan, a patient's plans, the history and what differs between two versions, and the
 * questions other modules ask (when was the plan established, which plans are due for review or await sign-off).
 * Reads of one plan pass the patient's practice gate and are audited; list queries are audited per plan found.
 */
@Service
public class CarePlans {

    private static final String RESOURCE = CarePlanning.RESOURCE;

    private final StoredCarePlans plans;
    private final PatientScope scope;
    private final AuditTrail audit;

    CarePlans(StoredCarePlans plans, PatientScope scope, AuditTrail audit) {
        this.plans = plans;
        this.scope = scope;
        this.audit = audit;
    }

    /** One plan as the care team reads it. */
    public CarePlanView find(UUID planId, AuditChannel channel) {
        return gate(planId, AuditAction.READ, channel).view();
    }

    /** One plan, to be sent outside CareLoop (PDF copy, FHIR): audited as an export. */
    public CarePlanView export(UUID planId, AuditChannel channel) {
        return gate(planId, AuditAction.EXPORT, channel).view();
    }

    /** The patient's plans, newest first, living and completed. */
    public List<CarePlanSummary> forPatient(UUID patientId, AuditChannel channel) {
        UUID practiceId = scope.practiceOf(patientId, AuditAction.READ, channel, RESOURCE);
        audit.record(PatientDataAccess.of(AuditAction.READ, channel, practiceId, patientId, RESOURCE, null));
        return plans.forPatient(patientId);
    }

    /** Every version of the plan, oldest first, with who changed what and when. */
    public List<CarePlanVersion> versions(UUID planId, AuditChannel channel) {
        gate(planId, AuditAction.READ, channel);
        return plans.versions(planId);
    }

    /** What differs between version {@code from} and version {@code to}. */
    public VersionComparison compare(UUID planId, int from, int to, AuditChannel channel) {
        gate(planId, AuditAction.READ, channel);
        CarePlanVersion before = plans.version(planId, from).orElseThrow(() -> new InvalidRequest(
                "No version " + from, Map.of("from", "must be a version of this plan")));
        CarePlanVersion after = plans.version(planId, to).orElseThrow(() -> new InvalidRequest(
                "No version " + to, Map.of("to", "must be a version of this plan")));
        return PlanDifferences.between(from, before.content(), to, after.content());
    }

    /**
     * The care plan date billing needs: the day a provider first signed the patient's plan in the program (the
     * living plan, else the latest completed one); empty when no plan was ever signed.
     */
    public Optional<LocalDate> establishedOn(UUID patientId, CareProgram program) {
        return plans.establishedOn(patientId, program);
    }

    /** Living plans of these practices whose next review falls on or before {@code day}, earliest first. */
    public List<CarePlanSummary> dueForReview(Collection<UUID> practiceIds, LocalDate day) {
        return dueForReview(practiceIds, day, AuditChannel.SYSTEM);
    }

    /** As {@link #dueForReview(Collection, LocalDate)}, audited as coming through {@code channel}. */
    public List<CarePlanSummary> dueForReview(Collection<UUID> practiceIds, LocalDate day, AuditChannel channel) {
        return audited(plans.dueForReview(practiceIds, day), channel);
    }

    /** Plans of these practices sent for sign-off and not yet signed, oldest request first (a provider's inbox). */
    public List<CarePlanSummary> awaitingSignOff(Collection<UUID> practiceIds) {
        return awaitingSignOff(practiceIds, AuditChannel.SYSTEM);
    }

    /** As {@link #awaitingSignOff(Collection)}, audited as coming through {@code channel}. */
    public List<CarePlanSummary> awaitingSignOff(Collection<UUID> practiceIds, AuditChannel channel) {
        return audited(plans.awaitingSignOff(practiceIds), channel);
    }

    private List<CarePlanSummary> audited(List<CarePlanSummary> found, AuditChannel channel) {
        audit.recordAll(found.stream().map(plan -> PatientDataAccess.of(AuditAction.SEARCH, channel,
                plan.practiceId(), plan.patientId(), RESOURCE, plan.id())).toList());
        return found;
    }

    private CarePlan gate(UUID planId, AuditAction action, AuditChannel channel) {
        CarePlan plan = plans.find(planId).orElseThrow(() -> new NotFound("No care plan " + planId));
        UUID practiceId = scope.practiceOf(plan.patientId(), action, channel, RESOURCE);
        audit.record(PatientDataAccess.of(action, channel, practiceId, plan.patientId(), RESOURCE, planId));
        return plan;
    }
}
