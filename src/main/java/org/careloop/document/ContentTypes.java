package org.careloop.document;

import java.util.Optional;

/**
 * What a file is, read from its first bytes ({@code %PDF-}, the PNG signature, the JPEG start-of-image, TIFF, UTF-8
 * text), never from its name or the type a browser claims: the one check every module that keeps an upload uses.
 */
public final class ContentTypes {

    private ContentTypes() {
    }

    /** The media type the content is, or empty when it is none CareLoop keeps. */
    public static Optional<String> of(byte[] content) {
        return DocumentTypes.sniff(content);
    }
}
