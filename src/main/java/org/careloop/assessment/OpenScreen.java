package org.careloop.assessment;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A positive screen nobody has followed up yet, with its result: total, severity band and safety flags. */
public record OpenScreen(UUID patientId, UUID assessmentId, String instrumentTitle, OffsetDateTime administeredAt,
                         Integer score, String severity, List<String> flags) {

    public OpenScreen {
        flags = flags == null ? List.of() : List.copyOf(flags);
    }
}
