package org.careloop.adt;

import java.util.UUID;

/**
 * What an administrator types to register or revise a hospital feed. {@code practiceId} is needed only to register
 * for someone who works in several practices; a revision keeps the practice and carries the {@code version} read.
 */
public record FeedSourceDetails(UUID practiceId, String name, String sendingApplication, String sendingFacility,
                                String assigningAuthority, String identifierSystem, Integer version) {
}
