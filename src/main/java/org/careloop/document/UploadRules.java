package org.careloop.document;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.careloop.InvalidRequest;
import org.springframework.util.unit.DataSize;

/**
 * What an uploaded document must be: not larger than the practice allows, not empty, one of the kept types by its
 * content, of a known kind, titled (the file's name will do), and not dated in the future. A refusal names each
 * field; nothing is stored.
 */
final class UploadRules {

    static final int MAX_TITLE_LENGTH = 200;
    static final int MAX_AUTHOR_LENGTH = 200;
    static final int MAX_FILE_NAME_LENGTH = 255;

    private UploadRules() {
    }

    /** The media type the upload is; refuses it, naming the fields, when it breaks a rule. */
    static String check(NewDocument upload, DataSize maxSize, LocalDate today) {
        byte[] content = upload.content() == null ? new byte[0] : upload.content();
        if (content.length > maxSize.toBytes()) {
            throw new DocumentTooLarge("file", content.length, maxSize);
        }
        Map<String, String> problems = new LinkedHashMap<>();
        String mediaType = DocumentTypes.sniff(content).orElse(null);
        if (content.length == 0) {
            problems.put("file", "is empty: choose the file to upload");
        } else if (mediaType == null) {
            problems.put("file", "is not a " + String.join(", ", DocumentTypes.ALLOWED_WORDS)
                    + " file (its content decides, not its name)");
        } else if (upload.fileName() != null && upload.fileName().length() > MAX_FILE_NAME_LENGTH) {
            problems.put("file", "has a name longer than " + MAX_FILE_NAME_LENGTH + " characters");
        }
        if (upload.kind() == null) {
            problems.put("kind", "is required: one of " + List.of(DocumentKind.values()));
        }
        String title = titleOf(upload);
        if (title == null) {
            problems.put("title", "is required");
        } else if (title.length() > MAX_TITLE_LENGTH) {
            problems.put("title", "at most " + MAX_TITLE_LENGTH + " characters");
        }
        if (upload.author() != null && upload.author().length() > MAX_AUTHOR_LENGTH) {
            problems.put("author", "at most " + MAX_AUTHOR_LENGTH + " characters");
        }
        if (upload.documentDate() != null && upload.documentDate().isAfter(today)) {
            problems.put("documentDate", "cannot be in the future");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Invalid " + String.join(", ", problems.keySet()), problems);
        }
        return mediaType;
    }

    /** The title given, else the file's name. */
    static String titleOf(NewDocument upload) {
        if (upload.title() != null && !upload.title().isBlank()) {
            return upload.title().strip();
        }
        return upload.fileName() == null || upload.fileName().isBlank() ? null : upload.fileName().strip();
    }
}
