package org.careloop.document;

import java.time.Instant;

/**
 * A document an EHR sent (one attachment of a FHIR DocumentReference), known by its key at the source so that
 * importing the same bundle again adds nothing: its kind, title, media type as declared, content, author and date.
 */
public record ImportedDocument(String sourceKey, DocumentKind kind, String title, String mediaType, byte[] content,
                               String author, Instant documentDate) {
}
