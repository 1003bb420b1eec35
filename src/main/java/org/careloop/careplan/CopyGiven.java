package org.careloop.careplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The documentation CMS asks for: which version of the plan went to whom, how and when, recorded by whom. */
public record CopyGiven(UUID id, int version, CopyMethod method, LocalDate givenOn, String givenTo,
                        String recordedBy, Instant recordedAt) {
}
