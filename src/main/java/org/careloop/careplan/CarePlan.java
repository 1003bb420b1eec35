package org.careloop.careplan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.NotFound;
import org.careloop.RefusedTransition;
import org.careloop.StaleVersion;
import org.careloop.program.CareProgram;

/**
 * One living care plan of a patient in a program. Every change of content makes a new version, based on the
 * version the editor read; sign-off moves from needing sign-off, to awaiting it, to signed, and a substantive
 * revision after signing needs sign-off again. Illegal moves are refused naming the current state.
 */
final class CarePlan {

    private final UUID id;
    private final UUID patientId;
    private final UUID practiceId;
    private final CareProgram program;
    private final Instant createdAt;
    private CarePlanStatus status;
    private int version;
    private CarePlanContent content;
    private SignOff signOff;
    private Instant signOffRequestedAt;
    private String signOffRequestedBy;
    private LocalDate establishedOn;
    private final List<Signature> signatures;
    private final List<CopyGiven> copies;
    private final List<ReviewRecorded> reviews;
    private final List<CarePlanVersion> newVersions = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();

    CarePlan(UUID id, UUID patientId, UUID practiceId, CareProgram program, Instant createdAt, CarePlanStatus status,
             int version, CarePlanContent content, SignOff signOff, Instant signOffRequestedAt,
             String signOffRequestedBy, LocalDate establishedOn, List<Signature> signatures, List<CopyGiven> copies,
             List<ReviewRecorded> reviews) {
        this.id = id;
        this.patientId = patientId;
        this.practiceId = practiceId;
        this.program = program;
        this.createdAt = createdAt;
        this.status = status;
        this.version = version;
        this.content = content;
        this.signOff = signOff;
        this.signOffRequestedAt = signOffRequestedAt;
        this.signOffRequestedBy = signOffRequestedBy;
        this.establishedOn = establishedOn;
        this.signatures = new ArrayList<>(signatures);
        this.copies = new ArrayList<>(copies);
        this.reviews = new ArrayList<>(reviews);
    }

    /** Starts a draft plan at version 1; it needs a provider's sign-off before it is established. */
    static CarePlan start(UUID patientId, UUID practiceId, CareProgram program, CarePlanContent content,
                          String summary, String by, Instant at) {
        CarePlanContent identified = PlanContentRules.identified(content);
        PlanContentRules.check(identified);
        CarePlan plan = new CarePlan(UUID.randomUUID(), patientId, practiceId, program, at, CarePlanStatus.DRAFT, 1,
                identified, SignOff.NEEDS_SIGN_OFF, null, null, null, List.of(), List.of(), List.of());
        plan.newVersions.add(new CarePlanVersion(1, at, by, summary, null, true, identified, null));
        plan.events.add(new CarePlanCreated(plan.id, patientId, practiceId, program, at));
        return plan;
    }

    /** Replaces the plan's content with the editor's, if they read the latest version. */
    void revise(int basedOnVersion, CarePlanContent revised, String note, String by, Instant at) {
        refuseUnlessLiving("revised");
        refuseIfStale(basedOnVersion);
        CarePlanContent identified = PlanContentRules.identified(revised).keepingNeedStatusesOf(content);
        PlanContentRules.check(identified);
        refuseChangesToClosedGoals(identified);
        record(identified, note, by, at);
    }

    /** Records how the patient is doing against one goal: its lifecycle status and achievement. */
    void recordGoalProgress(int basedOnVersion, String goalId, GoalStatus newStatus, GoalAchievement achievement,
                            String note, String by, Instant at) {
        refuseUnlessLiving("updated");
        refuseIfStale(basedOnVersion);
        PlanGoal goal = content.goal(goalId).orElseThrow(() -> new NotFound("No goal " + goalId + " on this care plan"));
        if (goal.status() != null && goal.status().closed()) {
            throw new RefusedTransition("The goal '" + goal.description() + "' is " + goal.status()
                    + " and can no longer change; add a new goal instead");
        }
        if (newStatus == null && achievement == null) {
            throw new InvalidRequest("Nothing to record", Map.of("status", "give a status, an achievement or both"));
        }
        record(content.withGoal(goal.withProgress(newStatus == null ? goal.status() : newStatus,
                achievement == null ? goal.achievement() : achievement)), note, by, at);
    }

    /**
     * The care team reviewed the plan with the patient on {@code review.reviewedOn()} (today when not given): the
     * review is documented with who did it and whether the plan changed, and the next review moves to the date
     * given, else one interval on from the review (the plan's interval, else three months). The review date is
     * bookkeeping and keeps the signature. A review in the future, or a next review not after today, is refused.
     */
    void recordReview(PlanReview review, LocalDate today, String by, Instant at) {
        refuseUnlessLiving("reviewed");
        refuseIfStale(review.basedOnVersion());
        LocalDate reviewedOn = review.reviewedOn() == null ? today : review.reviewedOn();
        Period interval = content.review() != null && content.review().interval() != null
                ? content.review().interval() : CarePlanning.DEFAULT_REVIEW_INTERVAL;
        LocalDate next = review.nextReviewOn() == null ? reviewedOn.plus(interval) : review.nextReviewOn();
        PlanContentRules.checkReview(reviewedOn, next, today);
        String note = review.note() == null || review.note().isBlank() ? null : review.note().trim();
        record(content.withReview(new ReviewSchedule(next, interval)), note, by, at);
        reviews.add(new ReviewRecorded(UUID.randomUUID(), version, reviewedOn, by,
                Boolean.TRUE.equals(review.changed()), next, note, at));
    }

    /** Adds problems found outside the plan, such as social needs from a screen, on top of the latest version. */
    void addProblems(List<PlanProblem> problems, String note, String by, Instant at) {
        refuseUnlessLiving("revised");
        record(PlanContentRules.identified(content.withProblemsAdded(problems)), note, by, at);
    }

    /**
     * A community referral for a social need closed with its outcome: the need's problem records how far it is met.
     * The care manager's ongoing work, so the signature stays. Nothing changes when the plan lacks the need.
     */
    void recordNeedOutcome(String sdohDomain, NeedStatus status, String note, String by, Instant at) {
        refuseUnlessLiving("updated");
        if (content.addressesSocialNeed(sdohDomain)) {
            record(content.withNeedStatus(sdohDomain, status), note, by, at);
        }
    }

    /** The care manager sends the plan to the practice's providers. */
    void requestSignOff(String by, Instant at) {
        refuseUnlessLiving("sent for sign-off");
        if (signOff == SignOff.AWAITING_SIGN_OFF) {
            throw new RefusedTransition("The care plan is already AWAITING_SIGN_OFF since " + signOffRequestedAt);
        }
        if (signOff == SignOff.SIGNED) {
            throw new RefusedTransition("The care plan is SIGNED at version " + version + "; there is nothing new to sign");
        }
        signOff = SignOff.AWAITING_SIGN_OFF;
        signOffRequestedAt = at;
        signOffRequestedBy = by;
        events.add(new CarePlanSignOffRequested(id, patientId, practiceId, version, by, at));
    }

    /**
     * A provider signs the version they reviewed. The first signature establishes the plan (the care plan date
     * billing needs) and makes it active.
     */
    void sign(int reviewedVersion, UUID providerId, String providerName, String npi, LocalDate today, Instant at) {
        refuseUnlessLiving("signed");
        if (signOff != SignOff.AWAITING_SIGN_OFF) {
            throw new RefusedTransition("The care plan cannot be signed: it is " + signOff
                    + (signOff == SignOff.SIGNED ? " at version " + version : " (send it for sign-off first)"));
        }
        refuseIfStale(reviewedVersion);
        signatures.add(new Signature(version, providerId, providerName, npi, at));
        signOff = SignOff.SIGNED;
        if (establishedOn == null) {
            establishedOn = today;
        }
        status = CarePlanStatus.ACTIVE;
        events.add(new CarePlanSigned(id, patientId, practiceId, program, version, providerId, establishedOn, at));
    }

    /** Documents that the patient or caregiver received a copy of the current version. */
    void recordCopyGiven(CopyMethod method, LocalDate givenOn, String givenTo, LocalDate today, String by, Instant at) {
        CopyRules.check(method, givenOn, givenTo, today, createdAt);
        copies.add(new CopyGiven(UUID.randomUUID(), version, method, givenOn, givenTo.trim(), by, at));
        events.add(new CarePlanCopyGiven(id, patientId, practiceId, version, method, givenOn, givenTo.trim()));
    }

    /** Ends the plan; a new plan for the same program may then be started. */
    void complete(String by, Instant at) {
        refuseUnlessLiving("completed");
        status = CarePlanStatus.COMPLETED;
        events.add(new CarePlanCompleted(id, patientId, practiceId, program, by, at));
    }

    private void record(CarePlanContent revised, String note, String by, Instant at) {
        VersionComparison comparison = PlanDifferences.between(version, content, version + 1, revised);
        if (comparison.nothingChanged()) {
            return;
        }
        boolean substantive = PlanDifferences.substantive(content, revised);
        String summary = PlanDifferences.summary(comparison);
        version++;
        content = revised;
        if (substantive && signOff == SignOff.SIGNED) {
            signOff = SignOff.NEEDS_SIGN_OFF;
        }
        newVersions.add(new CarePlanVersion(version, at, by, summary, note, substantive, revised, null));
        events.add(new CarePlanRevised(id, patientId, practiceId, version, summary, substantive, by, at));
    }

    private void refuseChangesToClosedGoals(CarePlanContent revised) {
        for (PlanGoal goal : content.goals()) {
            if (goal.status() != null && goal.status().closed()
                    && revised.goal(goal.id()).filter(goal::equals).isEmpty()) {
                throw new RefusedTransition("The goal '" + goal.description() + "' is " + goal.status()
                        + " and can no longer change or be removed; add a new goal instead");
            }
        }
    }

    private void refuseUnlessLiving(String move) {
        if (!status.living()) {
            throw new RefusedTransition("The care plan is " + status + " and cannot be " + move);
        }
    }

    private void refuseIfStale(int basedOnVersion) {
        if (basedOnVersion != version) {
            throw new StaleVersion("The care plan is at version " + version + ", not " + basedOnVersion
                    + "; read it again and redo the change", version);
        }
    }

    CarePlanView view() {
        return new CarePlanView(id, patientId, practiceId, program, status, version, signOff, signOffRequestedAt,
                signOffRequestedBy, establishedOn, signatures.isEmpty() ? null : signatures.get(signatures.size() - 1),
                content, copies, reviews, createdAt);
    }

    List<CarePlanVersion> newVersions() {
        return List.copyOf(newVersions);
    }

    List<Signature> signatures() {
        return List.copyOf(signatures);
    }

    /** The events registered since the plan was loaded, handed out once for publishing. */
    List<Object> pullEvents() {
        List<Object> pulled = List.copyOf(events);
        events.clear();
        newVersions.clear();
        return pulled;
    }

    UUID id() {
        return id;
    }

    UUID patientId() {
        return patientId;
    }

    UUID practiceId() {
        return practiceId;
    }

    CarePlanStatus status() {
        return status;
    }

    int version() {
        return version;
    }

    SignOff signOff() {
        return signOff;
    }

    CarePlanContent content() {
        return content;
    }
}
