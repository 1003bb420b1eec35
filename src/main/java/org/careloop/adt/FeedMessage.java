package org.careloop.adt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One message a hospital sent, as the feed's list shows it: what it was, the answer CareLoop gave (AA, AE, AR and
 * why), and the patient it was matched to, if any, with how.
 *
 * @param status      MATCHED (reported for the patient), UNMATCHED (waiting in the work queue), ERROR (answered AE)
 *                    or REJECTED (answered AR)
 * @param matchedBy   MRN, NAME_AND_BIRTH_DATE or PERSON; null while unmatched
 * @param sentName    the patient's name as PID-5 gave it ("Doe, Jane")
 */
public record FeedMessage(UUID id, UUID practiceId, String sourceName, String sender, String controlId,
                          String messageType, String notice, Instant receivedAt, String ackCode, String ackText,
                          String errorLocation, String status, String matchedBy, UUID patientId, String sentName,
                          LocalDate sentBirthDate, String sentMrn, String facility, String visitNumber) {
}
