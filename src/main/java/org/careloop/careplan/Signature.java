package org.careloop.careplan;

import java.time.Instant;
import java.util.UUID;

/** A provider's sign-off of one version of the plan: who (with NPI) and when. */
public record Signature(int version, UUID providerId, String providerName, String npi, Instant signedAt) {
}
