package org.careloop.document.web;

import java.nio.charset.StandardCharsets;

import org.careloop.document.DocumentFile;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A document as a download: always an attachment (never rendered inline, so an uploaded file cannot run in
 * CareLoop's pages), with its stored type and name, and not kept in any cache on the way.
 */
final class DocumentDownloads {

    private DocumentDownloads() {
    }

    static ResponseEntity<byte[]> of(DocumentFile file) {
        MediaType type;
        try {
            type = MediaType.parseMediaType(file.document().mediaType());
        } catch (org.springframework.util.InvalidMimeTypeException unreadable) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.downloadName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .contentType(type)
                .body(file.content());
    }
}
