package org.careloop.wishes;

import java.time.LocalDate;

/** The patient revoked the directive on {@code revokedOn} (today when left out), based on {@code version}. */
public record Revocation(Integer version, LocalDate revokedOn) {
}
