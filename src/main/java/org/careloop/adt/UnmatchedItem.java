package org.careloop.adt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A hospital's message no single patient of the practice matched, waiting for a person to choose the patient (never
 * CareLoop: a wrong guess would put one patient's stay in another's chart). It carries what the message said and the
 * raw message itself; once matched ({@code status} MATCHED) it names the patient, who chose and when.
 *
 * @param reason  why CareLoop could not match ("no patient of the practice has MRN 4455 …", "2 patients share …")
 * @param version the version to send with the match, so two people cannot match one message differently
 */
public record UnmatchedItem(UUID id, UUID messageId, UUID practiceId, Instant receivedAt, String messageType,
                            String notice, String facility, String reason, String sentFamilyName,
                            String sentGivenNames, LocalDate sentBirthDate, String sentMrn, String status,
                            UUID patientId, UUID matchedBy, Instant matchedAt, int version, String raw) {
}
