package org.careloop.document;

import java.time.LocalDate;

/**
 * A file the care team uploads: what it is, its title (the file's name when blank), who wrote it and on what day
 * (both optional), and the file as sent. The type the browser claims is not trusted: the content decides.
 */
public record NewDocument(DocumentKind kind, String title, String author, LocalDate documentDate, String fileName,
                          byte[] content) {
}
