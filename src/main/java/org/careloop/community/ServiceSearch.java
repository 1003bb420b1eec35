package org.careloop.community;

import java.util.UUID;

/**
 * What a care manager looks for in a practice's directory: services of a category (all when null), for someone
 * living in {@code zip}, speaking {@code language} (a name such as Spanish or a code such as es), and, when
 * {@code openNow}, only those open at this moment.
 */
public record ServiceSearch(UUID practiceId, ServiceCategory category, String zip, String language, boolean openNow) {
}
