package org.careloop.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careloop.InvalidRequest;
import org.careloop.RefusedTransition;
import org.careloop.StaleVersion;
import org.careloop.careplan.NeedStatus;
import org.careloop.community.ServiceCategory;

/**
 * One referral of a patient to a community service, from the moment it is sent to its outcome. It owns its moves:
 * SENT → ACCEPTED or DECLINED → SERVICE_PROVIDED or NOT_PROVIDED; SENT → NO_RESPONSE when the window passes, after
 * which a late answer (accepted, declined) still counts, or the care manager closes it as NOT_PROVIDED. Every move
 * is kept with its time and who made it; an illegal move is refused naming the current status, a stale one as such.
 */
final class Referral {

    /** What the referral is about, fixed once it is sent (a later directory edit does not change it). */
    record Details(UUID practiceId, UUID patientId, UUID serviceId, String serviceName, String organizationName,
                   ServiceCategory category, String needDomain, String needDescription, String request,
                   ConsentToShare consent, Urgency urgency, UUID careManagerId) {
    }

    /** How and when it went out. */
    record Sending(Delivery delivery, String sentTo, LocalDate sentOn, Instant sentAt, String sentBy) {
    }

    static final String SCHEDULER = "scheduler: referral-no-response";

    private final UUID id;
    private final Details details;
    private final Sending sending;
    private ReferralStatus status;
    private int version;
    private final int loadedVersion;
    private String declineReason;
    private NeedStatus needStatus;
    private String outcomeNote;
    private Instant closedAt;
    private UUID followUpTaskId;
    private final List<ReferralView.Move> moves;
    private final List<ReferralView.Move> newMoves = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();

    Referral(UUID id, Details details, Sending sending, ReferralStatus status, int version, String declineReason,
             NeedStatus needStatus, String outcomeNote, Instant closedAt, UUID followUpTaskId,
             List<ReferralView.Move> moves) {
        this.id = id;
        this.details = details;
        this.sending = sending;
        this.status = status;
        this.version = version;
        this.loadedVersion = version;
        this.declineReason = declineReason;
        this.needStatus = needStatus;
        this.outcomeNote = outcomeNote;
        this.closedAt = closedAt;
        this.followUpTaskId = followUpTaskId;
        this.moves = new ArrayList<>(moves);
    }

    /** Sends the referral: only with the patient's consent to share what and with whom, and a request. */
    static Referral send(Details details, Sending sending) {
        ConsentToShare consent = details.consent();
        if (consent == null || blank(consent.what()) || blank(consent.withWhom()) || consent.givenOn() == null) {
            throw new RefusedTransition("Cannot send the referral: the patient's consent to share (what, with whom, "
                    + "when) is not recorded");
        }
        if (consent.givenOn().isAfter(sending.sentOn())) {
            throw new RefusedTransition("Cannot send the referral on " + sending.sentOn()
                    + ": the patient's consent to share was given later, on " + consent.givenOn());
        }
        if (blank(details.request())) {
            throw new RefusedTransition("Cannot send the referral: it does not say what is asked of the service");
        }
        if (sending.delivery() == Delivery.EMAIL && blank(sending.sentTo())) {
            throw new RefusedTransition("Cannot e-mail the referral: " + details.serviceName()
                    + " has no intake e-mail address; print it for fax or hand delivery");
        }
        Referral referral = new Referral(UUID.randomUUID(), details, sending, ReferralStatus.SENT, 0, null, null, null,
                null, null, List.of());
        referral.moved(ReferralStatus.SENT, sending.sentAt(), sending.sentBy(), sending.delivery() == Delivery.EMAIL
                ? "E-mailed to " + sending.sentTo() : "Printed for fax or hand delivery");
        referral.events.add(new ReferralSent(referral.id, details.patientId(), details.practiceId(),
                details.organizationName(), sending.delivery(), sending.sentAt()));
        return referral;
    }

    /** The service said yes: it will see the patient (a late yes after NO_RESPONSE counts too). */
    void accept(int basedOn, String note, String by, Instant at) {
        refuseIfStale(basedOn);
        refuseUnlessIn(ReferralStatus.ACCEPTED, ReferralStatus.SENT, ReferralStatus.NO_RESPONSE);
        status = ReferralStatus.ACCEPTED;
        moved(status, at, by, note);
    }

    /** The service said no, and why (not eligible, no capacity, ...); the referral is closed. */
    void decline(int basedOn, String reason, String by, Instant at) {
        refuseIfStale(basedOn);
        refuseUnlessIn(ReferralStatus.DECLINED, ReferralStatus.SENT, ReferralStatus.NO_RESPONSE);
        if (blank(reason)) {
            throw new InvalidRequest("A declined referral needs the reason", Map.of("reason",
                    "say why the service declined, such as: not eligible, no capacity, patient unreachable"));
        }
        status = ReferralStatus.DECLINED;
        declineReason = reason.trim();
        closedAt = at;
        moved(status, at, by, declineReason);
        events.add(new ReferralClosed(id, details.patientId(), details.practiceId(), details.needDomain(), status, null, at));
    }

    /**
     * Closes the loop: the accepted service was provided, or it was not (an accepted service that never happened,
     * or a referral nobody answered that the care manager gives up on), with how far the need is met now.
     */
    void recordOutcome(int basedOn, boolean provided, NeedStatus need, String note, String by, Instant at) {
        refuseIfStale(basedOn);
        ReferralStatus outcome = provided ? ReferralStatus.SERVICE_PROVIDED : ReferralStatus.NOT_PROVIDED;
        if (provided) {
            refuseUnlessIn(outcome, ReferralStatus.ACCEPTED);
        } else {
            refuseUnlessIn(outcome, ReferralStatus.ACCEPTED, ReferralStatus.NO_RESPONSE);
        }
        if (need == null) {
            throw new InvalidRequest("Closing a referral needs how far the need is met", Map.of("needStatus",
                    "must be one of MET, PARTLY_MET, UNMET"));
        }
        status = outcome;
        needStatus = need;
        outcomeNote = blank(note) ? null : note.trim();
        closedAt = at;
        moved(status, at, by, "Need " + need.name().toLowerCase().replace('_', ' ')
                + (outcomeNote == null ? "" : ": " + outcomeNote));
        events.add(new ReferralClosed(id, details.patientId(), details.practiceId(), details.needDomain(), status, need, at));
    }

    /** Nothing was heard within the window; {@code followUpTask} asks the care manager to call the service. */
    void markUnanswered(int businessDays, LocalDate answerDueOn, UUID followUpTask, Instant at) {
        refuseUnlessIn(ReferralStatus.NO_RESPONSE, ReferralStatus.SENT);
        status = ReferralStatus.NO_RESPONSE;
        followUpTaskId = followUpTask;
        moved(status, at, SCHEDULER, "No answer within " + businessDays + " business days (due " + answerDueOn
                + "); follow-up task opened");
        events.add(new ReferralUnanswered(id, details.patientId(), details.practiceId(), followUpTask, at));
    }

    private void refuseUnlessIn(ReferralStatus next, ReferralStatus... from) {
        for (ReferralStatus allowed : from) {
            if (status == allowed) {
                return;
            }
        }
        throw new RefusedTransition("The referral is " + status + " and cannot become " + next
                + (status.closed() ? "; it is closed" : ""));
    }

    private void refuseIfStale(int basedOn) {
        if (basedOn != version) {
            throw new StaleVersion("The referral is at version " + version + ", not " + basedOn
                    + "; read it again and redo the change", version);
        }
    }

    private void moved(ReferralStatus reached, Instant at, String by, String note) {
        ReferralView.Move move = new ReferralView.Move(reached, at, by, blank(note) ? null : note.trim());
        if (!moves.isEmpty()) {
            version++;
        }
        moves.add(move);
        newMoves.add(move);
    }

    /** The moves made since the referral was loaded, and the events to publish; handed out once. */
    List<ReferralView.Move> pullNewMoves() {
        List<ReferralView.Move> pulled = List.copyOf(newMoves);
        newMoves.clear();
        return pulled;
    }

    List<Object> pullEvents() {
        List<Object> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    ReferralView view(String careManagerName, LocalDate answerDueOn) {
        return new ReferralView(id, details.practiceId(), details.patientId(), details.serviceId(), details.serviceName(),
                details.organizationName(), details.category(), details.needDomain(), details.needDescription(),
                details.request(), details.consent(), details.urgency(), details.careManagerId(), careManagerName,
                status, sending.delivery(), sending.sentTo(), sending.sentOn(), sending.sentAt(), sending.sentBy(),
                status == ReferralStatus.SENT ? answerDueOn : null, declineReason, needStatus, outcomeNote, closedAt,
                followUpTaskId, version, moves);
    }

    UUID id() {
        return id;
    }

    Details details() {
        return details;
    }

    Sending sending() {
        return sending;
    }

    ReferralStatus status() {
        return status;
    }

    int version() {
        return version;
    }

    /** The version the referral had when loaded, which the stored row must still have for the change to be saved. */
    int loadedVersion() {
        return loadedVersion;
    }

    String declineReason() {
        return declineReason;
    }

    NeedStatus needStatus() {
        return needStatus;
    }

    String outcomeNote() {
        return outcomeNote;
    }

    Instant closedAt() {
        return closedAt;
    }

    UUID followUpTaskId() {
        return followUpTaskId;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
