package org.careloop.education;

import java.util.UUID;

/**
 * A material an administrator adds to the library of one of their practices ({@code practiceId}, needed only when
 * they work in several): title, topic, language (ISO 639-1, such as "en" or "es"), format (HANDOUT, VIDEO,
 * WEB_PAGE), the cited source's name and address, and the plain-language text ("# " starts a heading, "- " an item).
 */
public record NewMaterial(UUID practiceId, String title, String topic, String language, String format,
                          String sourceName, String sourceUrl, String text) {
}
