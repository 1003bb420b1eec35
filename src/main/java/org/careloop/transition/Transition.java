package org.careloop.transition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.careloop.RefusedTransition;
import org.careloop.StaleVersion;
import org.careloop.outreach.InteractionKind;
import org.careloop.outreach.InteractionOutcome;
import org.careloop.transition.HospitalEncounterReported.Diagnosis;
import org.careloop.transition.HospitalEncounterReported.DischargeDisposition;
import org.careloop.transition.HospitalEncounterReported.EncounterClass;
import org.careloop.transition.internal.TransitionDeadlines.Deadlines;

/**
 * One patient's way home from a hospital stay or an ED visit, and the steps the care team owes on it: the contact
 * within 2 business days (or two documented unsuccessful attempts in that window), the medication reconciliation no
 * later than the face-to-face visit, and the visit within 7 or 14 days. The hospital may correct the stay or cancel
 * it; moves it cannot take are refused naming where it stands. Every change raises the version.
 */
final class Transition {

    /** The stay as the hospital describes it. */
    record Stay(EncounterClass encounterClass, String facility, String visitNumber, LocalDate admittedOn,
                LocalDate dischargedOn, List<Diagnosis> diagnoses, DischargeDisposition disposition, String source) {

        Stay {
            diagnoses = diagnoses == null ? List.of() : List.copyOf(diagnoses);
        }
    }

    /** A call, message or visit after the discharge: {@code interactive} when the patient was reached, else an attempt. */
    record Contact(UUID id, LocalDate on, Instant at, boolean interactive, InteractionKind kind,
                   InteractionOutcome outcome, UUID interactionId, UUID staffId) {
    }

    /** The provider's visit: the day and the level of medical decision making, with the NPI that bills it. */
    record FaceToFace(LocalDate visitedOn, MedicalDecisionMaking decisionMaking, UUID providerId, String providerNpi) {
    }

    /** Why the hospital's notice took the transition back. */
    record Withdrawal(Instant at, String reason) {
    }

    private final UUID id;
    private final UUID patientId;
    private final UUID practiceId;
    private final TransitionKind kind;
    private final Instant openedAt;
    private final int loadedVersion;
    private int version;
    private Stay stay;
    private Deadlines deadlines;
    private final List<Contact> contacts;
    private final List<Contact> newContacts = new ArrayList<>();
    private LocalDate medicationsReconciledOn;
    private UUID reconciliationId;
    private FaceToFace faceToFace;
    private Withdrawal withdrawal;
    private boolean stayChanged;
    private final List<Object> events = new ArrayList<>();

    Transition(UUID id, UUID patientId, UUID practiceId, TransitionKind kind, Instant openedAt, int version, Stay stay,
               Deadlines deadlines, List<Contact> contacts, LocalDate medicationsReconciledOn, UUID reconciliationId,
               FaceToFace faceToFace, Withdrawal withdrawal) {
        this.id = id;
        this.patientId = patientId;
        this.practiceId = practiceId;
        this.kind = kind;
        this.openedAt = openedAt;
        this.loadedVersion = version;
        this.version = version;
        this.stay = stay;
        this.deadlines = deadlines;
        this.contacts = new ArrayList<>(contacts);
        this.contacts.sort(Comparator.comparing(Contact::at));
        this.medicationsReconciledOn = medicationsReconciledOn;
        this.reconciliationId = reconciliationId;
        this.faceToFace = faceToFace;
        this.withdrawal = withdrawal;
    }

    /** Opens a transition at version 1 for a stay that ended recently enough to be worked. */
    static Transition open(UUID patientId, UUID practiceId, TransitionKind kind, Stay stay, Deadlines deadlines,
                           Instant at) {
        Transition opened = new Transition(UUID.randomUUID(), patientId, practiceId, kind, at, 0, stay, deadlines,
                List.of(), null, null, null, null);
        opened.version = 1;
        opened.stayChanged = true;
        opened.events.add(new TransitionOpened(opened.id, patientId, practiceId, kind, stay.facility(),
                stay.dischargedOn(), deadlines.contactDueBy()));
        return opened;
    }

    /** The hospital's correction: the stay as now described, and the deadlines that follow from it. */
    void amend(Stay corrected, Deadlines recomputed) {
        refuseIfWithdrawn("amended");
        stay = corrected;
        deadlines = recomputed;
        stayChanged = true;
        version++;
        events.add(new TransitionAmended(id, patientId, practiceId, kind, corrected.facility(), corrected.dischargedOn(),
                recomputed.contactDueBy(), contactPending()));
    }

    void withdraw(String reason, Instant at) {
        refuseIfWithdrawn("withdrawn again");
        withdrawal = new Withdrawal(at, reason);
        version++;
        events.add(new TransitionWithdrawn(id, patientId, practiceId, reason));
    }

    /**
     * Takes a contact with the patient into account; answers whether it changed anything. Only what happened after
     * the discharge and before the patient was first reached matters: later calls are the ordinary care.
     */
    boolean recordContact(Contact contact) {
        if (withdrawal != null || contact.on().isBefore(stay.dischargedOn()) || contactMadeOn().isPresent()
                || contacts.stream().anyMatch(known -> known.interactionId() != null
                && known.interactionId().equals(contact.interactionId()))) {
            return false;
        }
        boolean metBefore = contactRequirementMet();
        contacts.add(contact);
        newContacts.add(contact);
        version++;
        if (!metBefore && contactRequirementMet()) {
            events.add(new TransitionContacted(id, patientId, practiceId, contact.on(), contact.interactive(),
                    attemptsInWindow()));
        }
        return true;
    }

    /** A reconciliation counts from the discharge on; the first one is kept (a later one cannot be earlier). */
    boolean recordMedicationReconciliation(LocalDate on, UUID reconciliation) {
        if (withdrawal != null || kind != TransitionKind.DISCHARGE || on.isBefore(stay.dischargedOn())
                || medicationsReconciledOn != null) {
            return false;
        }
        medicationsReconciledOn = on;
        reconciliationId = reconciliation;
        version++;
        return true;
    }

    void recordFaceToFace(int basedOnVersion, FaceToFace visit) {
        refuseIfStale(basedOnVersion);
        refuseIfWithdrawn("given a face-to-face visit");
        if (kind != TransitionKind.DISCHARGE) {
            throw new RefusedTransition("An ED follow-up has no face-to-face visit to record: transitional care "
                    + "follows a hospital discharge");
        }
        if (faceToFace != null) {
            throw new RefusedTransition("The face-to-face visit is already recorded (" + faceToFace.visitedOn() + ", "
                    + faceToFace.decisionMaking().name().toLowerCase() + " complexity)");
        }
        faceToFace = visit;
        version++;
        events.add(new FaceToFaceVisitRecorded(id, patientId, practiceId, visit.visitedOn(), visit.decisionMaking(),
                visit.providerId()));
    }

    void refuseIfStale(int basedOnVersion) {
        if (basedOnVersion != version) {
            throw new StaleVersion("Transition " + id + " is at version " + version + ", not " + basedOnVersion
                    + ": reload it", version);
        }
    }

    /** Refuses a contact recorded against the transition itself when it needs none any more. */
    void refuseContactIfDone() {
        refuseIfWithdrawn("given a contact");
        contactMadeOn().ifPresent(on -> {
            throw new RefusedTransition("The patient was already reached on " + on + " for this transition; record "
                    + "further calls on the patient's contacts");
        });
    }

    private void refuseIfWithdrawn(String move) {
        if (withdrawal != null) {
            throw new RefusedTransition("The transition is withdrawn (" + withdrawal.reason() + ") and cannot be " + move);
        }
    }

    /** The day the patient was first reached after the discharge, in time or not. */
    Optional<LocalDate> contactMadeOn() {
        return contacts.stream().filter(Contact::interactive).map(Contact::on).findFirst();
    }

    /** The unsuccessful attempts before the patient was reached (all of them while nobody has been). */
    List<Contact> attempts() {
        return contacts.stream().filter(contact -> !contact.interactive()).toList();
    }

    /** Unsuccessful attempts between the discharge and the contact deadline: two or more stand in for the contact. */
    int attemptsInWindow() {
        return (int) attempts().stream().filter(this::inContactWindow).count();
    }

    boolean inContactWindow(Contact contact) {
        return !contact.on().isBefore(stay.dischargedOn()) && !contact.on().isAfter(deadlines.contactDueBy());
    }

    /** CMS's contact element: the patient reached within the window, or two or more documented attempts in it. */
    boolean contactRequirementMet() {
        return contactMadeOn().filter(on -> !on.isAfter(deadlines.contactDueBy())).isPresent() || attemptsInWindow() >= 2;
    }

    /** Whether the care team still owes the patient the contact (in time or late). */
    boolean contactPending() {
        return withdrawal == null && contactMadeOn().isEmpty() && !contactRequirementMet();
    }

    /** Where the transition stands, whatever the day: the steps done so far. */
    TransitionStatus phase() {
        if (withdrawal != null) {
            return TransitionStatus.WITHDRAWN;
        }
        if (kind == TransitionKind.ED_VISIT) {
            return contactMadeOn().isPresent() ? TransitionStatus.COMPLETE
                    : attemptsInWindow() >= 2 ? TransitionStatus.ATTEMPTS_DOCUMENTED : TransitionStatus.OPEN;
        }
        if (contactRequirementMet() && faceToFaceInWindow() && medicationsReconciledByTheVisit()) {
            return TransitionStatus.COMPLETE;
        }
        if (faceToFace != null) {
            return TransitionStatus.SEEN;
        }
        if (medicationsReconciledOn != null) {
            return TransitionStatus.MEDICATIONS_RECONCILED;
        }
        if (contactMadeOn().isPresent()) {
            return TransitionStatus.CONTACTED;
        }
        return attemptsInWindow() >= 2 ? TransitionStatus.ATTEMPTS_DOCUMENTED : TransitionStatus.OPEN;
    }

    /** The phase, or MISSED once a step can no longer be done in its window on {@code today}. */
    TransitionStatus status(LocalDate today) {
        TransitionStatus phase = phase();
        if (phase.isFinal()) {
            return phase;
        }
        boolean contactMissed = !contactRequirementMet() && today.isAfter(deadlines.contactDueBy());
        if (kind == TransitionKind.ED_VISIT) {
            return contactMissed ? TransitionStatus.MISSED : phase;
        }
        boolean visitMissed = faceToFace == null ? today.isAfter(deadlines.faceToFaceDueBy()) : !faceToFaceInWindow();
        boolean reconciledTooLate = faceToFace != null && medicationsReconciledOn != null
                && medicationsReconciledOn.isAfter(faceToFace.visitedOn());
        boolean periodOver = today.isAfter(deadlines.periodEndsOn());
        return contactMissed || visitMissed || reconciledTooLate || periodOver ? TransitionStatus.MISSED : phase;
    }

    private boolean faceToFaceInWindow() {
        return faceToFace != null && !faceToFace.visitedOn().isAfter(deadlines.faceToFaceDueBy());
    }

    private boolean medicationsReconciledByTheVisit() {
        return medicationsReconciledOn != null && faceToFace != null
                && !medicationsReconciledOn.isAfter(faceToFace.visitedOn());
    }

    List<Object> pullEvents() {
        List<Object> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    /** The contacts recorded since the transition was loaded, for the store to add. */
    List<Contact> newContacts() {
        return List.copyOf(newContacts);
    }

    boolean stayChanged() {
        return stayChanged;
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

    TransitionKind kind() {
        return kind;
    }

    Instant openedAt() {
        return openedAt;
    }

    int version() {
        return version;
    }

    int loadedVersion() {
        return loadedVersion;
    }

    Stay stay() {
        return stay;
    }

    Deadlines deadlines() {
        return deadlines;
    }

    LocalDate medicationsReconciledOn() {
        return medicationsReconciledOn;
    }

    UUID reconciliationId() {
        return reconciliationId;
    }

    FaceToFace faceToFace() {
        return faceToFace;
    }

    Withdrawal withdrawal() {
        return withdrawal;
    }
}
