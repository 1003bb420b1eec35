package org.careloop.identity.internal;

import java.io.Serializable;
import java.util.UUID;

/** Marks an authentication that came from an API token rather than a password. */
record ApiTokenDetails(UUID tokenId, String clientAddress) implements Serializable {
}
