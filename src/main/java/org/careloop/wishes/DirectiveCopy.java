package org.careloop.wishes;

/** The bytes of a directive's uploaded copy, with the type read from them and the file's name. */
public record DirectiveCopy(String fileName, String contentType, byte[] content) {
}
