package org.careloop;

/** Nothing there, or nothing the caller may see: both answer 404 so a record's existence does not leak. */
public class NotFound extends RuntimeException {
    public NotFound(String message) {
        super(message);
    }
}
