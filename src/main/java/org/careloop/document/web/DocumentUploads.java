package org.careloop.document.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.careloop.Choices;
import org.careloop.InvalidRequest;
import org.careloop.document.DocumentKind;
import org.careloop.document.NewDocument;
import org.springframework.web.multipart.MultipartFile;

/** An upload as the form or the API sends it: the kind and the date arrive as text, so a typo names its field. */
record DocumentUploads(MultipartFile file, String kind, String title, String author, String documentDate) {

    NewDocument toNewDocument() {
        DocumentKind chosen = Choices.of(DocumentKind.class, kind, "kind");
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
