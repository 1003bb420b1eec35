package org.careloop.fhir.translate;

/** A resource CareLoop cannot keep as sent; the message says what is wrong with it, in the sender's terms. */
public class Untranslatable extends RuntimeException {

    public Untranslatable(String problem) {
        super(problem);
    }
}
