package org.careloop.wishes;

import java.util.Optional;

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

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private CopyFormats() {
    }

    /** The content's type by its first bytes, when it is one CareLoop keeps. */
    static Optional<String> sniff(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        return Optional.empty();
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

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content == null || content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
