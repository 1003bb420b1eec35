package org.careloop.document;

import java.time.Instant;
import java.util.UUID;

/**
 * One document of the patient's chart, without its content: what it is, its title and media type, its size and
 * SHA-256 digest (so a copy can be checked against it), who wrote it and when, where it came from, and who uploaded
 * it ({@code uploadedBy} names them; both null for an import). {@code readable} tells a plain-text note, shown on
 * the page.
 */
public record ClinicalDocument(UUID id, UUID patientId, DocumentKind kind, String title, String mediaType,
                               String fileName, long sizeBytes, String sha256, String author, Instant documentDate,
                               DocumentSource source, UUID uploadedById, String uploadedBy, Instant createdAt) {

    ClinicalDocument named(String uploader) {
        return new ClinicalDocument(id, patientId, kind, title, mediaType, fileName, sizeBytes, sha256, author,
                documentDate, source, uploadedById, uploader, createdAt);
    }

    /** The size as people say it: 812 bytes, 3.4 KB, 12.1 MB. */
    public String sizeInWords() {
        return DocumentTypes.inWords(sizeBytes);
    }

    /** Whether the document is plain text, which the chart shows as it is. */
    public boolean readable() {
        return mediaType.startsWith("text/plain");
    }
}
