package org.careloop.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large an uploaded document may be ({@code careloop.documents.max-size}, 10 MB unless set): a scanned discharge
 * summary of a few pages fits; a whole record belongs in the EHR. Uploads above
 * {@code spring.servlet.multipart.max-file-size} are refused by the server before they reach CareLoop.
 */
@ConfigurationProperties("careloop.documents")
public record DocumentSettings(@DefaultValue("10MB") DataSize maxSize) {
}
