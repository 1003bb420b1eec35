package org.careloop.wishes;

import java.util.Optional;

import org.careloop.document.ContentTypes;

/**
 * Which uploads may be kept as a directive's copy: a PDF or a photo (PNG, JPEG) of at most 10 MB. The type is read
 * from the file's first bytes (its "magic number": {@code %PDF-}, the PNG signature {@code 89 50 4E 47 0D 0A 1A 0A},
 * the JPEG start-of-image {@code FF D8 FF}), never from its name or the type the browser claims, so a script renamed
 * to .pdf is refused; a claimed type that contradicts the content is refused too.
 */
final class CopyFormats {

    static final int LARGEST_BYTES = 10 * 1024 * 1024;

    static final String PDF = "application/pdf";
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";

    private CopyFormats() {
    }

    /** The content's type by its first bytes ({@link ContentTypes}), when it is one a directive's copy may be. */
    static Optional<String> sniff(byte[] content) {
        return ContentTypes.of(content).filter(type -> type.equals(PDF) || type.equals(PNG) || type.equals(JPEG));
    }

    /**
     * Why the upload is refused, or empty when it may be kept: empty, too large, not a PDF, PNG or JPEG, or claimed
     * (by the browser or client) to be something else than it is. A generic claim (application/octet-stream) is no
     * claim.
     */
    static Optional<String> refusal(byte[] content, String claimedType) {
        if (content == null || content.length == 0) {
            return Optional.of("is empty");
        }
        if (content.length > LARGEST_BYTES) {
            return Optional.of("must be at most 10 MB");
        }
        Optional<String> sniffed = sniff(content);
        if (sniffed.isEmpty()) {
            return Optional.of("must be a PDF, PNG or JPEG file");
        }
        String claimed = claimedType == null ? "" : claimedType.split(";")[0].trim().toLowerCase();
        if (!claimed.isEmpty() && !claimed.equals("application/octet-stream") && !claimed.equals(sniffed.get())
                && !(claimed.equals("image/jpg") && sniffed.get().equals(JPEG))) {
            return Optional.of("is sent as " + claimed + " but its content is " + sniffed.get());
        }
        return Optional.empty();
    }
}
