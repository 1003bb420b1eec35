package org.careloop.document;

import org.springframework.util.unit.DataSize;

/** An upload over {@link DocumentSettings#maxSize()}: refused with 413, naming the field and the limit. */
public class DocumentTooLarge extends RuntimeException {

    private final String field;

    public DocumentTooLarge(String field, long size, DataSize limit) {
        super(field + " is " + DocumentTypes.inWords(size) + "; documents may be at most "
                + DocumentTypes.inWords(limit.toBytes()));
        this.field = field;
    }

    public String field() {
        return field;
    }
}
