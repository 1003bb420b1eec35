package org.careloop.adt;

import java.time.Instant;
import java.util.UUID;

/**
 * A hospital (or an ED, an HIE) registered to send one practice its ADT messages. It is known by what it puts in
 * MSH-3 (sending application) and MSH-4 (sending facility); its MRNs arrive in PID-3 under {@code assigningAuthority}
 * (CX-4; when null, the repetition typed MR) and are looked up among the patients' identifiers of
 * {@code identifierSystem} (when null, the practice's own MRNs, for a hospital that shares the practice's record).
 *
 * @param name the facility's name as the care team knows it ("Mercy General Hospital")
 */
public record FeedSource(UUID id, UUID practiceId, String name, String sendingApplication, String sendingFacility,
                         String assigningAuthority, String identifierSystem, Instant registeredAt, int version) {

    /** The sender as the messages name it, {@code MSH-3|MSH-4}. */
    public String sender() {
        return sendingApplication + "|" + sendingFacility;
    }
}
