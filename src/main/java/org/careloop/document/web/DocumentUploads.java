package org.careloop.document.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;

import org.careloop.InvalidRequest;
import org.careloop.document.DocumentKind;
import org.careloop.document.NewDocument;
import org.springframework.web.multipart.MultipartFile;

/** An upload as the form or the API sends it: the kind and the date arrive as text, so a typo names its field. */
record DocumentUploads(MultipartFile file, String kind, String title, String author, String documentDate) {

    NewDocument toNewDocument() {
        DocumentKind chosen = null;
        if (kind != null && !kind.isBlank()) {
            chosen = Arrays.stream(DocumentKind.values()).filter(k -> k.name().equalsIgnoreCase(kind.strip()))
                    .findFirst().orElseThrow(() -> new InvalidRequest("Invalid kind", Map.of("kind",
                            "must be one of " + Arrays.toString(DocumentKind.values()))));
        }
        LocalDate date = null;
        if (documentDate != null && !documentDate.isBlank()) {
            try {
                date = LocalDate.parse(documentDate.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidRequest("Invalid documentDate", Map.of("documentDate", "must be a date such as 2026-11-30"));
            }
        }
        try {
            return new NewDocument(chosen, title, author, date, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be read", e);
        }
    }
}
