package org.careloop.demo;

import java.util.Map;
import java.util.UUID;

/** The demo practices and staff exist; {@code practices} maps each demo practice's name to its id. */
public record DemoStaffHired(Map<String, UUID> practices) {
}
