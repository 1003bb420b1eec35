package org.careloop.document;

/** A document with its content, as downloaded. */
public record DocumentFile(ClinicalDocument document, byte[] content) {

    /** The name a download is saved under: the uploaded file's name, else the title with the type's extension. */
    public String downloadName() {
        if (document.fileName() != null && !document.fileName().isBlank()) {
            return document.fileName();
        }
        String base = document.title().replaceAll("[^A-Za-z0-9._ -]", "").strip().replace(' ', '-');
        return (base.isEmpty() ? "document" : base) + DocumentTypes.extensionOf(document.mediaType());
    }

    /** The content as text, for a plain-text document. */
    public String text() {
        return new String(content, DocumentTypes.charsetOf(document.mediaType()));
    }
}
