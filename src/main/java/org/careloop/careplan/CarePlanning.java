package org.careloop.careplan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.careloop.InvalidRequest;
import org.careloop.NotFound;
import org.careloop.RefusedTransition;
import org.careloop.audit.AuditAction;
import org.careloop.identity.Caller;
import org.careloop.identity.Callers;
import org.careloop.identity.Role;
import org.careloop.identity.Staff;
import org.careloop.patient.ClinicalRecord;
import org.careloop.program.CareProgram;
import org.careloop.patient.PatientAccess;
import org.careloop.patient.PatientGate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the care team (care managers, nurses, providers) does with care plans: start one from templates, revise it,
 * record goal progress, send it for sign-off, sign it (providers of the patient's practice only), document the copy
 * given, complete it. Every call
 * passes the patient's practice gate first (another practice's patient is {@link NotFound}), changes the plan in
 * one transaction with its row locked, publishes the plan's events and is audited.
 */
@Service
public class CarePlanning {

    static final String RESOURCE = "CarePlan";
    /** Without a schedule given, the plan is reviewed every three months. */
    static final Period DEFAULT_REVIEW_INTERVAL = Period.ofMonths(3);
    private static final Set<Role> CARE_TEAM = Set.of(Role.CARE_MANAGER, Role.NURSE, Role.PROVIDER);

    private final StoredCarePlans plans;
    private final CarePlanTemplates templates;
    private final PatientGate gate;
    private final ClinicalRecord clinicalRecord;
    private final Callers callers;
    private final Staff staff;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CarePlanning(StoredCarePlans plans, CarePlanTemplates templates, PatientGate gate, ClinicalRecord clinicalRecord,
                 Callers callers, Staff staff, TransactionTemplate transaction,
                 ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.templates = templates;
        this.gate = gate;
        this.clinicalRecord = clinicalRecord;
        this.callers = callers;
        this.staff = staff;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    /** Starts a draft plan; refused when the patient already has a living plan in the program. */
    public CarePlanView start(UUID patientId, NewCarePlan request) {
        return gate.create(patientId, RESOURCE, access -> start(access, request), CarePlanView::id);
    }

    private CarePlanView start(PatientAccess access, NewCarePlan request) {
        UUID patientId = access.patientId();
        UUID practiceId = access.practiceId();
        refuseUnlessCareTeam();
        if (request.program() == null) {
            throw new InvalidRequest("Invalid program", Map.of("program", "must be one of CCM, PCM, RPM, BHI, APCM, TCM"));
        }
        LocalDate today = LocalDate.now(clock);
        CarePlanContent fromTemplates = templates.content(request.templates(), today, request.templates().isEmpty()
                ? List.of() : clinicalRecord.problems(patientId));
        ReviewSchedule review = request.review() != null ? request.review()
                : new ReviewSchedule(today.plus(DEFAULT_REVIEW_INTERVAL), DEFAULT_REVIEW_INTERVAL);
        CarePlanContent content = new CarePlanContent(fromTemplates.problems(), fromTemplates.goals(),
                fromTemplates.interventions(), List.of(), List.of(), List.of(), review);
        String summary = request.templates().isEmpty() ? "Started the care plan"
                : "Started from templates " + String.join(", ", request.templates());
        CarePlan plan = CarePlan.start(patientId, practiceId, request.program(), content, summary,
                callers.current().username(), clock.instant());
        try {
            transaction.executeWithoutResult(status -> {
                if (plans.hasLivingPlan(patientId, request.program())) {
                    throw alreadyPlanned(request.program());
                }
                plans.insert(plan);
                publish(plan);
            });
        } catch (DuplicateKeyException raced) {
            throw alreadyPlanned(request.program());
        }
        return plan.view();
    }

    /** Revises the plan; a stale {@code basedOnVersion} is refused and changes nothing. */
    public CarePlanView revise(UUID planId, CarePlanRevision revision) {
        requireVersion(revision.basedOnVersion(), "basedOnVersion");
        String by = callers.current().username();
        return change(planId, plan -> plan.revise(revision.basedOnVersion(), revision.applyTo(plan.content()),
                revision.note(), by, clock.instant()));
    }

    /** Records a goal's status and achievement as a new (non-substantive) version. */
    public CarePlanView recordGoalProgress(UUID planId, String goalId, GoalProgress progress) {
        requireVersion(progress.basedOnVersion(), "basedOnVersion");
        String by = callers.current().username();
        return change(planId, plan -> plan.recordGoalProgress(progress.basedOnVersion(), goalId, progress.status(),
                progress.achievement(), progress.note(), by, clock.instant()));
    }

    /**
     * Documents the periodic review (by the caller) and sets the next review date, which takes the plan off the
     * "due for review" list until then.
     */
    public CarePlanView recordReview(UUID planId, PlanReview review) {
        requireVersion(review.basedOnVersion(), "basedOnVersion");
        String by = callers.current().username();
        return change(planId, plan -> plan.recordReview(review, LocalDate.now(clock), by, clock.instant()));
    }

    /** The care manager sends the current version to the practice's providers; refused when signed or already sent. */
    public CarePlanView requestSignOff(UUID planId) {
        String by = callers.current().username();
        return change(planId, plan -> plan.requestSignOff(by, clock.instant()));
    }

    /** Signs the version the provider reviewed; only a PROVIDER of the patient's practice may. */
    public CarePlanView sign(UUID planId, Integer reviewedVersion) {
        Caller caller = callers.current();
        return change(planId, access -> {
            if (!caller.hasRole(Role.PROVIDER) || !caller.worksIn(access.practiceId())) {
                throw new AccessDeniedException("Only a provider of the patient's practice can sign the care plan");
            }
            requireVersion(reviewedVersion, "version");
        }, plan -> {
            Staff.Person provider = staff.find(caller.userId()).orElseThrow();
            plan.sign(reviewedVersion, provider.id(), provider.displayName(), provider.npi(), LocalDate.now(clock),
                    clock.instant());
        });
    }

    /** Documents that the patient or caregiver got a copy of the current version; it is listed on the plan. */
    public CarePlanView recordCopyGiven(UUID planId, CopyDelivery delivery) {
        String by = callers.current().username();
        return change(planId, plan -> plan.recordCopyGiven(delivery.method(), delivery.givenOn(), delivery.to(),
                LocalDate.now(clock), by, clock.instant()));
    }

    /** Ends the plan, so a new one may be started in the program. */
    public CarePlanView complete(UUID planId) {
        String by = callers.current().username();
        return change(planId, plan -> plan.complete(by, clock.instant()));
    }

    /**
     * A community referral for the patient's social need closed with its outcome: every living plan holding the need
     * records how far it is met, as a new version that keeps the signature. Answers the plans changed (none when no
     * living plan holds the need).
     */
    public List<UUID> recordSocialNeedOutcome(UUID patientId, String sdohDomain, NeedStatus status, String note) {
        if (sdohDomain == null || status == null) {
            throw new InvalidRequest("Invalid need outcome", Map.of(sdohDomain == null ? "sdohDomain" : "needStatus",
                    "is required"));
        }
        String by = callers.current().username();
        return gate.change(patientId, AuditAction.UPDATE, RESOURCE, null, access -> {
            refuseUnlessCareTeam();
            return transaction.execute(tx -> {
                List<UUID> changed = new java.util.ArrayList<>();
                for (CarePlan plan : plans.livingForPatient(patientId)) {
                    int before = plan.version();
                    plan.recordNeedOutcome(sdohDomain, status, note, by, clock.instant());
                    if (plan.version() != before) {
                        plans.update(plan);
                        publish(plan);
                        changed.add(plan.id());
                    }
                }
                return List.copyOf(changed);
            });
        });
    }

    /** Adds problems to every living plan of the patient; used for needs found outside the plan, without a caller. */
    void addToLivingPlans(UUID patientId, UUID practiceId, Consumer<CarePlan> addition) {
        transaction.executeWithoutResult(status -> plans.livingForPatient(patientId).forEach(plan -> {
            int before = plan.version();
            addition.accept(plan);
            if (plan.version() != before) {
                plans.update(plan);
                publish(plan);
                gate.recordSystemChange(patientId, practiceId, AuditAction.UPDATE, RESOURCE, plan.id());
            }
        }));
    }

    private CarePlanView change(UUID planId, Consumer<CarePlan> change) {
        return change(planId, access -> refuseUnlessCareTeam(), change);
    }

    /** The patient's gate first, then {@code allowed} (who may make the move), then the move in one transaction. */
    private CarePlanView change(UUID planId, Consumer<PatientAccess> allowed, Consumer<CarePlan> change) {
        return gate.change(locate(planId).patientId(), AuditAction.UPDATE, RESOURCE, planId, access -> {
            allowed.accept(access);
            return transaction.execute(status -> {
                CarePlan plan = plans.findForChange(planId).orElseThrow(() -> new NotFound("No care plan " + planId));
                change.accept(plan);
                plans.update(plan);
                publish(plan);
                return plan.view();
            });
        });
    }

    /** Care managers, nurses and providers keep care plans; billers and administrators may only read them. */
    private void refuseUnlessCareTeam() {
        if (CARE_TEAM.stream().noneMatch(callers.current()::hasRole)) {
            throw new AccessDeniedException("Only care managers, nurses and providers change care plans");
        }
    }

    private CarePlan locate(UUID planId) {
        return plans.find(planId).orElseThrow(() -> new NotFound("No care plan " + planId));
    }

    private void publish(CarePlan plan) {
        plan.pullEvents().forEach(events::publishEvent);
    }

    private static RefusedTransition alreadyPlanned(CareProgram program) {
        return new RefusedTransition("The patient already has a living " + program
                + " care plan; revise it, or complete it before starting another");
    }

    private static void requireVersion(Integer version, String field) {
        if (version == null) {
            throw new InvalidRequest("Invalid " + field, Map.of(field, "must be the version of the plan you read"));
        }
    }
}
