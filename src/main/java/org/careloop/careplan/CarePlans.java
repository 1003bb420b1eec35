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
import org.careloop.program.CareProgram;
import org.careloop.patient.PatientGate;
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
    private final PatientGate gate;

    CarePlans(StoredCarePlans plans, PatientGate gate) {
        this.plans = plans;
        this.gate = gate;
    }

    /** One plan as the care team reads it. */
    public CarePlanView find(UUID planId) {
        return gate(planId, AuditAction.READ).view();
    }

    /** One plan, to be sent outside CareLoop (PDF copy, FHIR): audited as an export. */
    public CarePlanView export(UUID planId) {
        return gate(planId, AuditAction.EXPORT).view();
    }

    /** The patient's plans, newest first, living and completed. */
    public List<CarePlanSummary> forPatient(UUID patientId) {
        gate.open(patientId, AuditAction.READ, RESOURCE);
        return plans.forPatient(patientId);
    }

    /**
     * The social needs the patient's living plans hold and that are not met, one per domain (the first plan's words
     * when several plans name it), for the community resources suggested beside each.
     */
    public List<OpenSocialNeed> openSocialNeeds(UUID patientId) {
        gate.open(patientId, AuditAction.READ, RESOURCE);
        Map<String, OpenSocialNeed> needs = new java.util.LinkedHashMap<>();
        plans.livingContents(List.of(patientId)).getOrDefault(patientId, List.of()).stream()
                .flatMap(content -> content.openSocialNeeds().stream())
                .forEach(problem -> needs.putIfAbsent(problem.sdohDomain().toLowerCase(java.util.Locale.ROOT),
                        new OpenSocialNeed(problem.sdohDomain(), problem.description(), problem.needStatus())));
        return List.copyOf(needs.values());
    }

    /** Every version of the plan, oldest first, with who changed what and when. */
    public List<CarePlanVersion> versions(UUID planId) {
        gate(planId, AuditAction.READ);
        return plans.versions(planId);
    }

    /** What differs between version {@code from} and version {@code to}. */
    public VersionComparison compare(UUID planId, int from, int to) {
        gate(planId, AuditAction.READ);
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
        return audited(plans.dueForReview(practiceIds, day));
    }

    /** Plans of these practices sent for sign-off and not yet signed, oldest request first (a provider's inbox). */
    public List<CarePlanSummary> awaitingSignOff(Collection<UUID> practiceIds) {
        return audited(plans.awaitingSignOff(practiceIds));
    }

    private List<CarePlanSummary> audited(List<CarePlanSummary> found) {
        return gate.listed(AuditAction.SEARCH, RESOURCE, found,
                plan -> new PatientGate.Listed(plan.patientId(), plan.practiceId(), plan.id()));
    }

    private CarePlan gate(UUID planId, AuditAction action) {
        CarePlan plan = plans.find(planId).orElseThrow(() -> new NotFound("No care plan " + planId));
        gate.open(plan.patientId(), action, RESOURCE, planId);
        return plan;
    }
}
