package org.careloop.demo;

import java.util.Map;
import java.util.UUID;

/**
 * The demo month was played for the demo practices: {@code careManagers} maps each practice's id to the user name of
 * its care manager. Coordination work that builds on a month of calls and care plans (education, appointments,
 * wishes) is added when this is announced.
 */
public record DemoMonthPrepared(Map<UUID, String> careManagers) {
}
