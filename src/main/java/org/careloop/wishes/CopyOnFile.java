package org.careloop.wishes;

import java.time.Instant;

/** The uploaded copy of a directive, described (the bytes are fetched on their own): name, type, size, when. */
public record CopyOnFile(String fileName, String contentType, int sizeBytes, Instant uploadedAt) {
}
