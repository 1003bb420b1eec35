package org.careloop;

/** A move an aggregate refuses in its current state. */
public class RefusedTransition extends RuntimeException {
    public RefusedTransition(String message) {
        super(message);
    }
}
