package org.careloop.monitoring;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A reading that raised (or joined) an alert: the reading, the protocol, the escalation task it is on, the
 * threshold that applied ("≥180/≥120 mmHg") and what was found ("BP 184/112").
 */
public record RaisedAlert(UUID readingId, String protocol, UUID taskId, String threshold, String finding,
                          OffsetDateTime raisedAt) {
}
