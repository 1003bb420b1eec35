package org.careloop.identity;

import java.util.UUID;

/** A practice: the tenant whose patients, staff and billing month belong together. */
public record Practice(UUID id, String name) {
}
