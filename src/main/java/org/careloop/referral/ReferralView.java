package org.careloop.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.careloop.careplan.NeedStatus;
import org.careloop.community.ServiceCategory;

/**
 * A referral as the care team reads it: to whom, for what, with which consent, how and when it was sent, where it
 * stands, by when an answer is due ({@code answerDueOn}, while SENT), and every move with its date and who made it.
 */
public record ReferralView(UUID id, UUID practiceId, UUID patientId, UUID serviceId, String serviceName,
                           String organizationName, ServiceCategory category, String needDomain,
                           String needDescription, String request, ConsentToShare consent, Urgency urgency,
                           UUID careManagerId, String careManagerName, ReferralStatus status, Delivery delivery,
                           String sentTo, LocalDate sentOn, Instant sentAt, String sentBy, LocalDate answerDueOn,
                           String declineReason, NeedStatus needStatus, String outcomeNote, Instant closedAt,
                           UUID followUpTaskId, int version, List<Move> moves) {

    public ReferralView {
        moves = List.copyOf(moves);
    }

    /** One move: the status it reached, when, by whom (a person's user name, or the scheduler), and the note. */
    public record Move(ReferralStatus status, Instant at, String by, String note) {
    }
}
